package org.medmine.cli;

import picocli.CommandLine.Option;

/** The {@code --format table|json} option. */
final class FormatOption {
  enum Format {
    table,
    json,
    /** The same as table. */
    text
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "Output: table (for people) or json (stable, for scripts). Default: ${DEFAULT-VALUE}.")
  Format format;

  boolean json() {
    return format == Format.json;
  }
}
