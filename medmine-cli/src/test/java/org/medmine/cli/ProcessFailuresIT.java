package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.TestPopulations;
import org.medmine.cli.PackagedCli.Result;
import org.medmine.testing.WarehouseDiff;
import org.medmine.warehouse.PausePoint;

/**
 * Failures only a real process meets, each told in one sentence: a bad {@code MEDMINE_ROLE} (read
 * before picocli's handler is in reach), a disk that refuses the commit's writes (a {@code ulimit
 * -f} on the child: DuckDB's write fails as on a full disk), and DuckDB's native library: never
 * copied into the temporary folder (so a killed process leaves nothing there and a missing or full
 * temporary folder does not matter), and a library that cannot be loaded is one sentence, not an
 * {@code ExceptionInInitializerError}.
 */
class ProcessFailuresIT {
  @TempDir static Path dir;
  private static Path small;

  @BeforeAll
  static void smallWarehouse() throws IOException {
    Path bundle =
        Files.writeString(
            dir.resolve("bundle.json"),
            """
        {"resourceType":"Bundle","type":"collection","entry":[
          {"resource":{"resourceType":"Patient","id":"p1","gender":"female","birthDate":"1970-05-04"}}]}""");
    small = dir.resolve("small.duckdb");
    Result r =
        PackagedCli.in(dir)
            .run("ingest", "--no-progress", "-w", small.toString(), bundle.toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  private static void assertOneSentence(Result r, int code, String start) {
    assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(code);
    assertThat(r.out()).as("no partial output").isEmpty();
    assertThat(r.err().lines().toList()).as("one sentence").hasSize(1);
    assertThat(r.err())
        .startsWith("medmine: " + start)
        .doesNotContain("Exception", "\tat ", "internal error", "FATAL", "checkpoint");
  }

  @Test
  void anUnknownRoleIsOneSentenceAndExitTwo() {
    Result r =
        PackagedCli.in(dir).withEnv("MEDMINE_ROLE", "bogus").run("stats", "-w", small.toString());
    assertOneSentence(r, 2, "Unknown role 'bogus': use admin,");
  }

  @Test
  void aDiskThatRefusesTheCommitIsOneSentenceExitOneAndTheWarehouseIsUnchanged()
      throws IOException {
    Path w = dir.resolve("full.duckdb");
    Files.copy(small, w);
    Path before = Files.copy(small, dir.resolve("before.duckdb"));
    long limitKb = Files.size(w) / 1024 + 3 * 1024;
    Result r =
        PackagedCli.in(dir)
            .withFileSizeLimitKb(limitKb)
            .run(
                "ingest",
                "--no-progress",
                "-w",
                w.toString(),
                TestPopulations.small().fhirDir().toString());
    assertOneSentence(
        r, 1, "The disk refused to write " + w + " (File too large): free space there");
    assertThat(WarehouseDiff.differences(before, w))
        .as("the warehouse after the failed run")
        .isEmpty();
  }

  @Test
  void aKilledProcessLeavesNoCopyOfTheNativeLibraryInTheTemporaryFolder() throws Exception {
    Path tmp = Files.createDirectories(dir.resolve("tmp-killed"));
    PackagedCli.Started run =
        PackagedCli.in(dir)
            .withJvmOption("-Djava.io.tmpdir=" + tmp)
            .withJvmOption("-D" + PausePoint.PROPERTY + "=commit")
            .start(
                "ingest",
                "--no-progress",
                "-w",
                dir.resolve("killed.duckdb").toString(),
                small.getParent().resolve("bundle.json").toString());
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (!run.err().contains("medmine: paused at commit")) {
      assertThat(run.process().isAlive())
          .as("the run ended before its pause: %s", run.err())
          .isTrue();
      assertThat(System.nanoTime()).as("waiting for the pause").isLessThan(deadline);
      Thread.sleep(20);
    }
    run.process().destroyForcibly();
    assertThat(run.process().waitFor(1, TimeUnit.MINUTES)).isTrue();
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(
              left.map(p -> p.getFileName().toString()).filter(n -> n.contains("duckdb")).toList())
          .as("native libraries left in the temporary folder by a killed run")
          .isEmpty();
    }
  }

  @Test
  void aMissingTemporaryFolderDoesNotStopAStart() {
    Result r =
        PackagedCli.in(dir)
            .withJvmOption("-Djava.io.tmpdir=" + dir.resolve("no-such-folder"))
            .run("stats", "--format", "json", "-w", small.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.json().get("tables").size()).isPositive();
  }

  @Test
  void aNativeLibraryThatCannotBeLoadedIsOneSentence() throws IOException {
    Path lib = Path.of(System.getProperty("medmine.cli.lib"));
    Path driver;
    try (Stream<Path> files = Files.list(lib)) {
      driver =
          files
              .filter(f -> f.getFileName().toString().startsWith("duckdb_jdbc-"))
              .findFirst()
              .orElseThrow();
    }
    Path elsewhere = Files.createDirectories(dir.resolve("driver-alone"));
    Path copy = Files.copy(driver, elsewhere.resolve(driver.getFileName()));
    Result r = PackagedCli.in(dir).withClassPathFirst(copy).run("stats", "-w", small.toString());
    assertOneSentence(r, 1, "DuckDB's native library could not be loaded (");
    assertThat(r.err()).contains("rebuild medmine");
    Result verbose =
        PackagedCli.in(dir)
            .withClassPathFirst(copy)
            .run("--verbose", "stats", "-w", small.toString());
    assertThat(verbose.err()).as("the details with --verbose").contains("\tat ");
    assertThat(List.of(verbose.code())).containsExactly(1);
  }
}
