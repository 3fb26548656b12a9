package org.medmine.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.medmine.cohort.AnalysisWindow;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.IngestOptions.InputFormat;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.DiskFull;
import picocli.CommandLine;

/**
 * The {@code medmine} entry point: runs the command line and translates failures into exit codes (0
 * success, 1 internal failure, 2 user error, 3 negative verdict), printing stack traces only with
 * {@code --verbose}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Optional<String> engine = EngineCheck.problem(List.of(args).contains("--verbose"));
    if (engine.isPresent()) {
      System.err.println("medmine: " + engine.get());
      System.err.flush();
      System.exit(ExitCodes.INTERNAL_ERROR);
    }
    System.exit(run(args));
  }

  /**
   * Runs the command line on standard output and error and returns its exit code, with both streams
   * flushed: picocli's writers flush only on {@code println}, and {@link #main} exits the JVM right
   * after, which would drop whatever a command wrote with {@code print} (a whole table, or all but
   * the first 64 KiB of a JSON).
   */
  public static int run(String... args) {
    return execute(commandLine(), args);
  }

  /** Runs the command line with the given output and error writers (for tests and embedding). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = commandLine();
    cli.setOut(out);
    cli.setErr(err);
    return execute(cli, args);
  }

  private static int execute(CommandLine cli, String... args) {
    try {
      return cli.execute(args);
    } catch (RuntimeException | LinkageError e) {
      // thrown where picocli's handler does not reach (an Error from a command, e.g. a native
      // library)
      return handle(e, cli, null);
    } finally {
      cli.getOut().flush();
      cli.getErr().flush();
    }
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new MedmineCommand());
    cli.setExecutionExceptionHandler(Main::handle);
    cli.registerConverter(LocalDate.class, userValue(AnalysisWindow::dateNamed));
    cli.registerConverter(InputFormat.class, userValue(InputFormat::named));
    cli.registerConverter(ZoneId.class, userValue(IngestOptions::timeZoneNamed));
    cli.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println("medmine: " + ex.getMessage());
          err.println(
              "Run '"
                  + ex.getCommandLine().getCommandSpec().qualifiedName()
                  + " --help' for the options.");
          return ExitCodes.USER_ERROR;
        });
    return cli;
  }

  /** A converter from a core parser whose IllegalArgumentException says what to give instead. */
  private static <T> CommandLine.ITypeConverter<T> userValue(Function<String, T> parse) {
    return value -> {
      try {
        return parse.apply(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    };
  }

  private static int handle(Throwable ex, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    boolean verbose = MedmineCommand.verbose;
    Optional<MedmineUserException> user = MedmineUserException.in(ex);
    String sentence =
        user.map(Throwable::getMessage)
            .or(() -> DiskFull.sentence(ex))
            .orElse(
                "internal error: "
                    + ex
                    + (verbose ? "" : " (run with --verbose for the stack trace)"));
    err.println("medmine: " + sentence);
    if (verbose) {
      ex.printStackTrace(err);
    }
    return user.isPresent() ? ExitCodes.USER_ERROR : ExitCodes.INTERNAL_ERROR;
  }
}
