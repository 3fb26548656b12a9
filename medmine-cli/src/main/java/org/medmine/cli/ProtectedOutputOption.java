package org.medmine.cli;

import java.nio.file.Path;
import java.util.function.Function;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.context.AppResult;
import org.medmine.privacy.FileEncryption;
import org.medmine.privacy.ProtectedOutput;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options of every command that writes identified data to a file: encrypted by default under
 * the secret in {@code MEDMINE_FILE_KEY} or {@code --key-file}, in the clear with {@code
 * --plaintext} (recorded in the warehouse's audit log) or when the warehouse is de-identified.
 */
final class ProtectedOutputOption {
  @Option(names = "--plaintext")
  boolean plaintext;

  @Option(names = "--key-file", paramLabel = "FILE")
  Path keyFile;

  /**
   * Decides how output of the apps run in {@code context} is written: in the clear when the
   * warehouse is de-identified ({@link AnalysisContext#deidentified()}) or with {@code
   * --plaintext}, noted in the context's audit entry; else encrypted under the file key.
   */
  ProtectedOutput decide(AnalysisContext context, String command, Path output) {
    return decide(context, context.deidentified(), command, output);
  }

  /**
   * Decides how output of {@code context}'s warehouse is written when the command reads the file
   * whole rather than through the consent views (an export), and so has found out itself whether it
   * is {@code deidentified}.
   */
  ProtectedOutput decide(
      AnalysisContext context, boolean deidentified, String command, Path output) {
    if (deidentified) {
      return ProtectedOutput.clear(ProtectedOutput.Mode.CLEAR_DEIDENTIFIED);
    }
    if (plaintext) {
      context.note(
          "plaintext-output", command + " wrote " + output + " in the clear (--plaintext)");
      return ProtectedOutput.clear(ProtectedOutput.Mode.CLEAR_OPTED_OUT);
    }
    return ProtectedOutput.encrypted(
        FileEncryption.fromKeySource(
            keyFile,
            System.getenv(),
            "identified output is encrypted by default",
            ", or pass --plaintext to write it in the clear"));
  }

  /**
   * Runs {@code app} with {@code options} in a context of {@code spec}'s command that may write the
   * app's tables, writes the result's HTML page to {@code page} (when given) protected as this
   * option decides in that context, and prints the result and then what was written.
   */
  <O extends Record, R extends AppResult> R runWithPage(
      CommandSpec spec, Path warehouse, FormatOption output, App<O, R> app, O options, Path page) {
    return run(spec, warehouse, null, output, app, options, page, r -> f -> r.page().write(f));
  }

  /**
   * As {@link #runWithPage}, for {@code role} (null: the environment's), writing to {@code file}
   * what {@code content} makes of the result.
   */
  <O extends Record, R extends AppResult> R run(
      CommandSpec spec,
      Path warehouse,
      String role,
      FormatOption output,
      App<O, R> app,
      O options,
      Path file,
      Function<R, ProtectedOutput.Writer> content) {
    ProtectedOutput protect;
    R result;
    try (AnalysisContext context = Contexts.open(spec, warehouse, role, app.writes())) {
      protect = file == null ? null : decide(context, spec.name(), file);
      result = context.run(app, options);
    }
    Path written = protect == null ? null : protect.write(file, content.apply(result));
    output.print(spec, result);
    if (written != null && !output.json()) {
      spec.commandLine().getOut().println("Wrote " + protect.describe(written));
    }
    return result;
  }
}
