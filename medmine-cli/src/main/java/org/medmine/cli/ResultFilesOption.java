package org.medmine.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.report.ResultRows;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --out FILE} (the result's rows as CSV) and {@code --html FILE} (its report page), for the
 * commands whose result is a table of rows ({@code surveil}, {@code scan}, {@code spc}).
 */
final class ResultFilesOption {
  @Option(names = "--out", paramLabel = "FILE")
  Path out;

  @Option(names = "--html", paramLabel = "FILE")
  Path html;

  /**
   * Writes the files asked for, prints {@code result} in the command's format and, for people, how
   * many {@code rows} ({@code noun}) went to {@code --out}.
   */
  void writeAndPrint(
      CommandSpec spec,
      FormatOption output,
      AppResult result,
      List<? extends Map<String, Object>> rows,
      String noun) {
    if (html != null) {
      result.page().write(html);
    }
    if (out != null) {
      ResultRows.write(out, rows);
    }
    output.print(spec, result);
    if (out != null && !output.json()) {
      spec.commandLine().getOut().println("Wrote " + rows.size() + " " + noun + " to " + out);
    }
  }
}
