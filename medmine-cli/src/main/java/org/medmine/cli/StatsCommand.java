package org.medmine.cli;

import java.util.concurrent.Callable;
import org.medmine.apps.stats.StatsApp;
import org.medmine.apps.stats.StatsOptions;
import org.medmine.apps.stats.StatsResult;
import org.medmine.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medmine stats}: what the warehouse holds, at a glance. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the warehouse statistics: rows per table, the date range of each table's main date column, the most"
          + " frequent conditions, medications, lab tests and procedures, living patients by age band and sex,"
          + " encounters per month by class, the quarantine summary (by reason and by file) and the ingest runs.",
      "--format json gives the same as one stable JSON document (every month of encounters, every quarantined file)."
    })
final class StatsCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;
  @Mixin FindingsOption findings;

  @Option(
      names = "--top",
      defaultValue = "10",
      paramLabel = "N",
      description = "Codes listed of each kind. Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(
      names = "--migrate",
      description = "Bring an older warehouse up to this medmine's schema first (opens it for writing).")
  boolean migrate;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    StatsOptions options = new StatsOptions(top, findings.include);
    if (migrate) {
      Warehouse.openExisting(warehouse.file, false, ProcessSettings.warehouse()).close();
    }
    StatsResult result = Contexts.run(spec, warehouse.file, new StatsApp(), options);
    output.print(spec, result);
    return ExitCodes.OK;
  }
}
