package org.medmine.cli;

import java.io.PrintWriter;
import org.medmine.model.MedmineUserException;
import picocli.CommandLine;

/**
 * The {@code medmine} entry point: runs the command line and translates failures into exit codes (0 success,
 * 1 internal failure, 2 user error, 3 negative verdict), printing stack traces only with {@code --verbose}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (used by tests without exiting the JVM). */
  public static int run(String... args) {
    CommandLine cli = commandLine();
    return cli.execute(args);
  }

  /** Runs the command line with the given output and error writers (for tests and embedding). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = commandLine();
    cli.setOut(out);
    cli.setErr(err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new MedmineCommand());
    cli.setExecutionExceptionHandler(Main::handle);
    // One audit entry per command and warehouse touched, written when the command ends (AuditSession).
    cli.setExecutionStrategy(parsed -> AuditSession.around(parsed, new CommandLine.RunLast()));
    cli.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println("medmine: " + ex.getMessage());
          err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the options.");
          return ExitCodes.USER_ERROR;
        });
    return cli;
  }

  private static int handle(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    boolean verbose = MedmineCommand.verbose;
    Throwable cause = ex;
    while (!(cause instanceof MedmineUserException) && cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    if (cause instanceof MedmineUserException user) {
      err.println("medmine: " + user.getMessage());
      if (verbose) {
        ex.printStackTrace(err);
      }
      return ExitCodes.USER_ERROR;
    }
    err.println("medmine: internal error: " + ex + (verbose ? "" : " (run with --verbose for the stack trace)"));
    if (verbose) {
      ex.printStackTrace(err);
    }
    return ExitCodes.INTERNAL_ERROR;
  }
}
