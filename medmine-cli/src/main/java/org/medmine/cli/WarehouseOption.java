package org.medmine.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --warehouse FILE} option every warehouse command shares. */
final class WarehouseOption {
  @Option(
      names = {"-w", "--warehouse"},
      paramLabel = "FILE",
      defaultValue = "medmine.duckdb")
  Path file;
}
