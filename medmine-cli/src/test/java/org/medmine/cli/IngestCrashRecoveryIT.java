package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medmine.TestPopulations;
import org.medmine.testing.WarehouseDiff;
import org.medmine.warehouse.PausePoint;

/**
 * Crash safety: {@code medmine ingest} of the 20-patient Synthea FHIR population, run as its own
 * JVM and killed with SIGKILL part-way, leaves no partial rows, and a re-run ends with exactly the
 * warehouse an uninterrupted run makes. The run is stopped at the {@link PausePoint}s (while
 * reading files; merged but not committed; committed but not closed) and, without pausing, at
 * moments inside commit and close.
 */
class IngestCrashRecoveryIT {
  private static final Duration PATIENCE = Duration.ofMinutes(10);

  @TempDir static Path dir;
  private static Path fhir;
  private static Path reference;
  private static long commitToExitMillis;

  @BeforeAll
  static void uninterruptedRun() throws Exception {
    fhir = TestPopulations.small().fhirDir();
    reference = dir.resolve("reference.duckdb");
    Child run = Child.start(reference, "announce");
    run.await("medmine: reached commit");
    long committing = System.nanoTime();
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    commitToExitMillis = (System.nanoTime() - committing) / 1_000_000;
    System.out.printf(
        "crash recovery: reference %s, commit to exit %d ms%n",
        WarehouseDiff.rowCounts(reference), commitToExitMillis);
  }

  @Test
  void killedWhileReadingFilesLeavesNoRowsAndARerunMatchesAnUninterruptedRun() throws Exception {
    Path w = dir.resolve("killed-reading.duckdb");
    Child.start(w, "file-12").await("medmine: paused at file-12").kill();
    assertNothingCommitted(w);
    rerunAndCompare(w);
  }

  @Test
  void killedWhenMergedButNotCommittedLeavesNoRowsAndARerunMatches() throws Exception {
    Path w = dir.resolve("killed-before-commit.duckdb");
    Child.start(w, "commit").await("medmine: paused at commit").kill();
    assertNothingCommitted(w);
    rerunAndCompare(w);
  }

  @Test
  void killedAfterCommitBeforeCloseKeepsTheWholeRun() throws Exception {
    Path w = dir.resolve("killed-after-commit.duckdb");
    Child.start(w, "committed").await("medmine: paused at committed").kill();
    assertThat(WarehouseDiff.rowCounts(w).get("ingest_run"))
        .as("the committed run survives the kill")
        .isEqualTo(1);
    assertThat(WarehouseDiff.differences(reference, w))
        .as("committed, killed before close")
        .isEmpty();
    rerunAndCompare(w);
  }

  /**
   * Killed some way into commit and close (the uninterrupted run's time from commit to exit, times
   * the fraction): the run landed whole or not at all.
   */
  @ParameterizedTest(name = "killed {0} of the way from commit to exit")
  @ValueSource(doubles = {0.2, 0.7})
  void killedDuringCommitOrCloseLeavesAllOrNothingAndARerunMatches(double fraction)
      throws Exception {
    Path w = dir.resolve("killed-committing-" + fraction + ".duckdb");
    Child run = Child.start(w, "announce").await("medmine: reached commit");
    Thread.sleep((long) (commitToExitMillis * fraction));
    boolean finished = run.kill();
    long runs = WarehouseDiff.rowCounts(w).get("ingest_run");
    System.out.printf(
        "crash recovery: killed at %.2f (%s), %d runs committed%n",
        fraction, finished ? "had exited" : "running", runs);
    if (runs == 0) {
      assertNothingCommitted(w);
    } else {
      assertThat(WarehouseDiff.differences(reference, w)).as("a committed run is whole").isEmpty();
    }
    rerunAndCompare(w);
  }

  private static void assertNothingCommitted(Path w) {
    assertThat(w).as("the warehouse was created before the kill").exists();
    Map<String, Long> rows = WarehouseDiff.rowCounts(w);
    rows.remove("schema_version");
    assertThat(rows.values()).as("rows left by a killed run: %s", rows).containsOnly(0L);
  }

  private static void rerunAndCompare(Path w) throws Exception {
    Child again = Child.start(w, null);
    assertThat(again.exitCode()).as(again.stderr()).isZero();
    assertThat(WarehouseDiff.differences(reference, w))
        .as("re-run after a kill vs uninterrupted run")
        .isEmpty();
    assertThat(WarehouseDiff.rowCounts(w).get("ingest_run")).isBetween(1L, 2L);
  }

  /**
   * {@code medmine ingest} in its own JVM, on the packaged jar and lib folder, stderr captured in a
   * file.
   */
  private record Child(Process process, Path stderrFile) {
    static Child start(Path warehouse, String pause) throws IOException {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      List<String> cmd = new java.util.ArrayList<>(List.of(java.toString(), "-Xmx1g"));
      if (pause != null) {
        cmd.add("-D" + PausePoint.PROPERTY + "=" + pause);
      }
      // the packaged class path, as ./medmine runs it: DuckDB's native library is loaded from
      // target/lib, so a
      // killed run leaves no copy of it in the temporary folder
      cmd.addAll(
          List.of(
              "-cp",
              PackagedCli.classPath(),
              Main.class.getName(),
              "ingest",
              "--no-progress",
              "-w",
              warehouse.toString(),
              fhir.toString()));
      Path err = Files.createTempFile(dir, "stderr-", ".txt");
      Process p =
          new ProcessBuilder(cmd)
              .redirectError(err.toFile())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return new Child(p, err);
    }

    /** Waits until stderr holds {@code line}; fails if the process ends first. */
    Child await(String line) throws IOException, InterruptedException {
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (!stderr().contains(line)) {
        assertThat(process.isAlive()).as("the run ended before '%s': %s", line, stderr()).isTrue();
        assertThat(System.nanoTime()).as("waiting for '%s'", line).isLessThan(deadline);
        Thread.sleep(20);
      }
      return this;
    }

    /** SIGKILL (destroyForcibly on Unix); returns whether the process had already exited. */
    boolean kill() throws InterruptedException {
      boolean exited = !process.isAlive();
      process.destroyForcibly();
      assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
      return exited;
    }

    int exitCode() throws InterruptedException {
      assertThat(process.waitFor(PATIENCE.toMillis(), TimeUnit.MILLISECONDS))
          .as("the run finishes")
          .isTrue();
      return process.exitValue();
    }

    String stderr() throws IOException {
      return Files.readString(stderrFile);
    }
  }
}
