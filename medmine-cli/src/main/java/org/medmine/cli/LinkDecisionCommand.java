package org.medmine.cli;

import org.medmine.apps.link.LinkDecisionApp;
import org.medmine.apps.link.LinkDecisionOptions;
import org.medmine.apps.link.LinkDecisionResult;
import org.medmine.quality.linkage.LinkDecision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code medmine link merge} and {@code medmine link unmerge}: a reviewer's decision on a pair of
 * records, stored in {@code link_decision} (who, when, why), applied at once to the persons of the
 * two records, obeyed by every later run, and written to the audit log with the command.
 */
abstract class LinkDecisionCommand extends Subcommand {
  @Mixin WarehouseOption warehouse;
  @Mixin LinkThresholds thresholds;

  @Parameters(index = "0", paramLabel = "RECORD")
  String first;

  @Parameters(index = "1", paramLabel = "OTHER")
  String second;

  @Option(names = "--note", paramLabel = "TEXT")
  String note;

  abstract LinkDecision.Kind kind();

  @Override
  public Integer call() {
    LinkDecisionOptions options =
        new LinkDecisionOptions(first, second, kind(), note, thresholds.options());
    LinkDecisionResult result = Contexts.run(spec, warehouse.file, new LinkDecisionApp(), options);
    spec.commandLine().getOut().print(result.toText());
    return ExitCodes.OK;
  }

  /** {@code medmine link merge}. */
  @Command(name = "merge", mixinStandardHelpOptions = true)
  static final class Merge extends LinkDecisionCommand {
    @Override
    LinkDecision.Kind kind() {
      return LinkDecision.Kind.MATCH;
    }
  }

  /** {@code medmine link unmerge}. */
  @Command(name = "unmerge", mixinStandardHelpOptions = true)
  static final class Unmerge extends LinkDecisionCommand {
    @Override
    LinkDecision.Kind kind() {
      return LinkDecision.Kind.NO_MATCH;
    }
  }
}
