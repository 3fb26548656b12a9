package org.medmine.cli;

import java.nio.file.Path;
import org.medmine.apps.governance.OmopImport;
import org.medmine.apps.governance.ParquetTables;
import org.medmine.privacy.FileEncryption;
import org.medmine.privacy.ProtectedParquet;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code medmine import --parquet DIR}: upserts a Parquet folder into the warehouse; {@code --omop
 * DIR} an OMOP CDM 5.4 CSV folder.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand extends WarehouseSubcommand {
  @Mixin EncryptOption encryption;

  @ArgGroup(multiplicity = "1")
  ExportCommand.Target from;

  @Option(names = "--key-file", paramLabel = "FILE")
  Path keyFile;

  @Override
  public Integer call() {
    Path dir = from.omop != null ? from.omop : from.parquet;
    ParquetTables tables =
        new ParquetTables(
            from.omop != null
                ? OmopImport.importFrom(dir, () -> encryption.open(warehouse.file))
                : ProtectedParquet.importFrom(
                    dir,
                    () ->
                        FileEncryption.fromKeySource(
                            keyFile, System.getenv(), dir + " holds encrypted files", ""),
                    () -> encryption.open(warehouse.file)));
    output.print(
        spec, tables.toJson(), tables.toText("Imported from " + dir + " into " + warehouse.file));
    return ExitCodes.OK;
  }
}
