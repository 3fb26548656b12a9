package org.medmine.cli;

import org.medmine.apps.link.LinkApp;
import org.medmine.apps.link.LinkOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code medmine link}: keeps the master patient index of a warehouse up to date. */
@Command(
    name = "link",
    mixinStandardHelpOptions = true,
    subcommands = {
      LinkMatchCommand.class,
      LinkDecisionCommand.Merge.class,
      LinkDecisionCommand.Unmerge.class
    })
final class LinkCommand extends WarehouseSubcommand {
  @Mixin LinkThresholds thresholds;

  @Option(names = "--full")
  boolean full;

  @Override
  public Integer call() {
    LinkOptions options = new LinkOptions(thresholds.options(), full);
    return runAndPrint(new LinkApp(), options);
  }
}
