package org.medmine.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medmine.privacy.AccessLayer;
import org.medmine.quality.linkage.LinkDecision;
import org.medmine.quality.linkage.MasterPatientIndex;
import org.medmine.quality.linkage.PatientLinker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code medmine link merge} and {@code medmine link unmerge}: a reviewer's decision on a pair of records,
 * stored in {@code link_decision} (who, when, why), applied at once to the persons of the two records, obeyed
 * by every later run, and written to the audit log with the command.
 */
abstract class LinkDecisionCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin LinkThresholds thresholds;

  @Parameters(index = "0", paramLabel = "RECORD", description = "A patient record as SOURCE/ID.")
  String first;

  @Parameters(index = "1", paramLabel = "OTHER", description = "The other record as SOURCE/ID.")
  String second;

  @Option(names = "--note", paramLabel = "TEXT", description = "Why (kept with the decision).")
  String note;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  abstract LinkDecision.Kind kind();

  @Override
  public Integer call() {
    PatientLinker.Result r;
    try (AccessLayer w = WarehouseAccess.readAndWrite(warehouse.file, LinkCommand.RESULTS)) {
      r = MasterPatientIndex.decide(w.connection(), first, second, kind(), AuditTrail.actor(), note,
          thresholds.options());
    }
    AuditSession.current().note(warehouse.file, Map.of("link_decision", 1L), kind().sqlName(), first + "~" + second);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "Recorded %s of %s and %s: %s is person %s, %s is person %s (%d records clustered again)%n",
        kind() == LinkDecision.Kind.MATCH ? "a merge" : "an unmerge", first, second, first, r.clusterOf().get(first),
        second, r.clusterOf().get(second), r.region().size());
    return ExitCodes.OK;
  }

  /** {@code medmine link merge}. */
  @Command(name = "merge", mixinStandardHelpOptions = true,
      description = "Records that two patient records are the same person and merges their persons; later runs keep"
          + " them together.")
  static final class Merge extends LinkDecisionCommand {
    @Override
    LinkDecision.Kind kind() {
      return LinkDecision.Kind.MATCH;
    }
  }

  /** {@code medmine link unmerge}. */
  @Command(name = "unmerge", mixinStandardHelpOptions = true,
      description = "Records that two patient records are different people and splits them; RECORD keeps the person"
          + " id, later runs keep them apart.")
  static final class Unmerge extends LinkDecisionCommand {
    @Override
    LinkDecision.Kind kind() {
      return LinkDecision.Kind.NO_MATCH;
    }
  }
}
