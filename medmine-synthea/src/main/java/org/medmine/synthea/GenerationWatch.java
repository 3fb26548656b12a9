package org.medmine.synthea;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * Watches a {@link SyntheaPopulation#generate} run for a progress display: every half second it
 * counts the patient bundles Synthea has written so far into its hidden work folders under the
 * output folder ({@code .synthea-*} {@code /fhir/*.json}, leaving out the hospital and practitioner
 * bundles) and hands the count to a listener. A daemon thread; {@link #close()} stops it.
 */
public final class GenerationWatch implements AutoCloseable {
  private final Thread thread;

  private GenerationWatch(Thread thread) {
    this.thread = thread;
  }

  /** Starts watching {@code out}, the folder a population is generated under. */
  public static GenerationWatch start(Path out, LongConsumer patientsWritten) {
    Thread t =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                patientsWritten.accept(bundlesWritten(out));
                try {
                  Thread.sleep(500);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "synthea-progress");
    t.setDaemon(true);
    t.start();
    return new GenerationWatch(t);
  }

  /**
   * The patient bundles written so far under {@code out}'s work folders (what could be read of
   * them).
   */
  static long bundlesWritten(Path out) {
    long n = 0;
    try (DirectoryStream<Path> work = Files.newDirectoryStream(out, ".synthea-*")) {
      for (Path w : work) {
        n += patientBundles(w.resolve("fhir"));
      }
    } catch (IOException e) {
      return n;
    }
    return n;
  }

  private static long patientBundles(Path fhir) throws IOException {
    if (!Files.isDirectory(fhir)) {
      return 0;
    }
    long n = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(fhir, "*.json")) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        n += name.startsWith("hospital") || name.startsWith("practitioner") ? 0 : 1;
      }
    }
    return n;
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
