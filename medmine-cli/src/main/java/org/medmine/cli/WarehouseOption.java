package org.medmine.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --warehouse FILE} option every warehouse command shares. */
final class WarehouseOption {
  @Option(
      names = {"-w", "--warehouse"},
      paramLabel = "FILE",
      defaultValue = "medmine.duckdb",
      description = "The warehouse file (DuckDB). Default: ${DEFAULT-VALUE} in the current folder.")
  Path file;
}
