package org.medmine.cli;

import java.nio.file.Path;
import org.medmine.apps.governance.ParquetTables;
import org.medmine.privacy.FileEncryption;
import org.medmine.privacy.ProtectedParquet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code medmine import --parquet DIR}: upserts a Parquet folder into the warehouse. */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand extends WarehouseSubcommand {
  @Mixin EncryptOption encryption;

  @Option(names = "--parquet", required = true, paramLabel = "DIR")
  Path dir;

  @Option(names = "--key-file", paramLabel = "FILE")
  Path keyFile;

  @Override
  public Integer call() {
    ParquetTables tables =
        new ParquetTables(
            ProtectedParquet.importFrom(
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
