package org.medmine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medmine.warehouse.ParquetExchange;
import org.medmine.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medmine export --parquet DIR}: writes every table as Parquet, one folder per table. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Writes every warehouse table to DIR/<table>/part-0.parquet (the interchange layout the Spark engine reads).")
final class ExportCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;

  @Option(names = "--parquet", required = true, paramLabel = "DIR", description = "The folder to write.")
  Path dir;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Map<String, Long> counts;
    try (Warehouse w = Warehouse.openExisting(warehouse.file, true)) {
      counts = ParquetExchange.export(w, dir);
    }
    AuditSession.current().note(warehouse.file, counts, "export", dir.toString());
    printCounts(spec.commandLine().getOut(), output, "Exported to " + dir, counts);
    return ExitCodes.OK;
  }

  static void printCounts(PrintWriter out, FormatOption output, String title, Map<String, Long> counts) {
    if (output.json()) {
      out.println(Json.write(Map.of("tables", counts)));
      return;
    }
    out.println(title);
    counts.forEach((t, n) -> out.printf(java.util.Locale.ROOT, "  %-16s %,12d rows%n", t, n));
  }
}
