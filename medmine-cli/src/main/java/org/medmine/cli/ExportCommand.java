package org.medmine.cli;

import java.nio.file.Path;
import org.medmine.apps.governance.OmopExport;
import org.medmine.apps.governance.ParquetExport;
import org.medmine.apps.governance.ParquetTables;
import org.medmine.context.AnalysisContext;
import org.medmine.privacy.ProtectedOutput;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code medmine export --parquet DIR}: writes every table as Parquet, one folder per table; {@code
 * --omop DIR} writes the OMOP CDM 5.4 tables as CSV instead. Identified data is encrypted ({@code
 * .enc}) unless {@code --plaintext} or the warehouse is de-identified.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends WarehouseSubcommand {
  @Mixin ProtectedOutputOption protection;

  @ArgGroup(multiplicity = "1")
  Target to;

  @Option(names = "--vocabulary", paramLabel = "DIR")
  Path vocabulary;

  static final class Target {
    @Option(names = "--parquet", paramLabel = "DIR")
    Path parquet;

    @Option(names = "--omop", paramLabel = "DIR")
    Path omop;
  }

  @Override
  public Integer call() {
    Path dir = to.omop != null ? to.omop : to.parquet;
    ProtectedOutput p;
    ParquetTables tables;
    try (AnalysisContext context = Contexts.open(spec, warehouse.file, null)) {
      p = protection.decide(context, ParquetExport.deidentified(context), "export", dir);
      tables =
          to.omop != null
              ? OmopExport.run(context, dir, vocabulary, p)
              : ParquetExport.run(context, dir, p);
    }
    output.print(spec, tables.toJson(), tables.toText("Exported to " + p.describe(dir)));
    return ExitCodes.OK;
  }
}
