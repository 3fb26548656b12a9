package org.medmine.cli;

import java.io.PrintWriter;
import org.medmine.context.AppResult;
import org.medmine.context.ResultJson;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --format table|json} option. */
final class FormatOption {
  enum Format {
    table,
    json,
    /** The same as table. */
    text
  }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table")
  Format format;

  boolean json() {
    return format == Format.json;
  }

  /** Prints {@code result} on the command's output: its JSON document, or its text for people. */
  void print(CommandSpec spec, AppResult result) {
    PrintWriter out = spec.commandLine().getOut();
    if (json()) {
      out.println(ResultJson.write(result.toJson()));
    } else {
      out.print(result.toText());
    }
  }

  /**
   * Prints what a command that runs no app produced (a copy, a scan, a check of the audit log):
   * {@code json}, the stable document, or {@code text}, for people.
   */
  void print(CommandSpec spec, Object json, String text) {
    PrintWriter out = spec.commandLine().getOut();
    if (json()) {
      out.println(ResultJson.write(json));
    } else {
      out.print(text);
    }
  }
}
