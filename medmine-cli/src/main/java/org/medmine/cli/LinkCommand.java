package org.medmine.cli;

import java.util.concurrent.Callable;
import org.medmine.apps.link.LinkApp;
import org.medmine.apps.link.LinkOptions;
import org.medmine.apps.link.LinkResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medmine link}: keeps the master patient index of a warehouse up to date. */
@Command(
    name = "link",
    mixinStandardHelpOptions = true,
    subcommands = {
      LinkMatchCommand.class,
      LinkDecisionCommand.Merge.class,
      LinkDecisionCommand.Unmerge.class
    })
final class LinkCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;
  @Mixin LinkThresholds thresholds;

  @Option(names = "--full")
  boolean full;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    LinkOptions options = new LinkOptions(thresholds.options(), full);
    LinkApp app = new LinkApp();
    LinkResult result = Contexts.run(spec, warehouse.file, app, options);
    output.print(spec, result);
    return ExitCodes.OK;
  }
}
