package org.medmine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medmine.privacy.ProtectedOutput;
import org.medmine.privacy.ProtectedParquet;
import org.medmine.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code medmine export --parquet DIR}: writes every table as Parquet, one folder per table; identified data
 * is encrypted ({@code part-0.parquet.enc}) unless {@code --plaintext} or the warehouse is de-identified.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Writes every warehouse table to DIR/<table>/part-0.parquet (the interchange layout the Spark engine reads);"
        + " from an identified warehouse each file is encrypted (part-0.parquet.enc, AES-256-GCM) unless --plaintext.")
final class ExportCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;
  @Mixin ProtectedOutputOption protection;

  @Option(names = "--parquet", required = true, paramLabel = "DIR", description = "The folder to write.")
  Path dir;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    ProtectedOutput p = protection.decide(warehouse.file, "export", dir);
    Map<String, Long> counts;
    try (Warehouse w = Warehouse.openExisting(warehouse.file, true, ProcessSettings.warehouse())) {
      counts = ProtectedParquet.export(w, dir, p);
    }
    AuditSession.current().note(warehouse.file, counts, "export", dir.toString());
    printCounts(spec.commandLine().getOut(), output, "Exported to " + ProtectedOutputOption.describe(p, dir), counts);
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
