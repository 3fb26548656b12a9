package org.medmine.cli;

import org.medmine.apps.stats.StatsApp;
import org.medmine.apps.stats.StatsOptions;
import org.medmine.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code medmine stats}: what the warehouse holds, at a glance. */
@Command(name = "stats", mixinStandardHelpOptions = true)
final class StatsCommand extends WarehouseSubcommand {
  @Mixin FindingsOption findings;

  @Option(names = "--top", defaultValue = "10", paramLabel = "N")
  int top;

  @Option(names = "--migrate")
  boolean migrate;

  @Override
  public Integer call() {
    StatsOptions options = new StatsOptions(top, findings.include);
    if (migrate) {
      Warehouse.openExisting(warehouse.file, false, ProcessSettings.warehouse()).close();
    }
    return runAndPrint(new StatsApp(), options);
  }
}
