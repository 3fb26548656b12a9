package org.medmine.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.medmine.warehouse.DuckDbEngine;

/**
 * Loads DuckDB's native library when the {@code medmine} process starts, so that a failure to load
 * it is one sentence (exit 1) rather than the raw {@code ExceptionInInitializerError} of the first
 * command that opens a warehouse. The build (medmine-cli's pom) places this platform's library
 * beside the DuckDB driver's jar in {@code medmine-cli/target/lib}, extracted once; the driver then
 * loads it from there and never copies it into the temporary folder. What DuckDB prints while
 * failing goes to the sentence's cause, not to the console.
 */
final class EngineCheck {
  private EngineCheck() {}

  /**
   * Empty when DuckDB loaded; else the sentence to print (the details are printed only with
   * --verbose).
   */
  static Optional<String> problem(boolean verbose) {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      DuckDbEngine.load();
      return Optional.empty();
    } catch (DuckDbEngine.UnavailableException e) {
      if (verbose) {
        err.print(captured.toString(StandardCharsets.UTF_8));
        e.printStackTrace(err);
      }
      return Optional.of(sentence(e.getMessage()));
    } finally {
      System.setErr(err);
    }
  }

  static String sentence(String cause) {
    return "DuckDB's native library could not be loaded ("
        + cause
        + "): rebuild medmine (delete medmine-cli/target"
        + " and run ./medmine again), which places it in medmine-cli/target/lib; run through another class path,"
        + " DuckDB unpacks it into the temporary folder "
        + System.getProperty("java.io.tmpdir")
        + ", which then needs 80 MB free.";
  }
}
