package org.medmine.cli;

import java.nio.file.Path;
import org.medmine.apps.governance.ParquetExport;
import org.medmine.apps.governance.ParquetTables;
import org.medmine.context.AnalysisContext;
import org.medmine.privacy.ProtectedOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code medmine export --parquet DIR}: writes every table as Parquet, one folder per table;
 * identified data is encrypted ({@code part-0.parquet.enc}) unless {@code --plaintext} or the
 * warehouse is de-identified.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends WarehouseSubcommand {
  @Mixin ProtectedOutputOption protection;

  @Option(names = "--parquet", required = true, paramLabel = "DIR")
  Path dir;

  @Override
  public Integer call() {
    ProtectedOutput p;
    ParquetTables tables;
    try (AnalysisContext context = Contexts.open(spec, warehouse.file, null)) {
      p = protection.decide(context, ParquetExport.deidentified(context), "export", dir);
      tables = ParquetExport.run(context, dir, p);
    }
    output.print(spec, tables.toJson(), tables.toText("Exported to " + p.describe(dir)));
    return ExitCodes.OK;
  }
}
