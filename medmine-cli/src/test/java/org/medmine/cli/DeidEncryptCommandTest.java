package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.testing.SmallWarehouse;

/**
 * {@code medmine deid --encrypt}: the refusal without OpenSSL from httpfs, and no file left behind.
 */
class DeidEncryptCommandTest {
  @TempDir Path dir;

  private Path[] fixture() throws Exception {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    Path deidKey =
        Files.writeString(dir.resolve("deid.key"), "a-long-enough-deid-secret-0123456789");
    Path warehouseKey =
        Files.writeString(dir.resolve("warehouse.key"), "a-test-key-of-32-bytes-0123456789");
    return new Path[] {dir.resolve("w.duckdb"), deidKey, warehouseKey};
  }

  private void assertOnlyTheFixtureIsThere() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("w.duckdb", "deid.key", "warehouse.key", "no-httpfs");
    }
  }

  @Test
  void withoutHttpfsDeidEncryptIsOneSentenceExitTwoAndNoOutput() throws Exception {
    Path[] f = fixture();
    Path none = Files.createDirectories(dir.resolve("no-httpfs"));
    Path out = dir.resolve("deid.duckdb");
    CliTest.Run r =
        CliTest.medmine(
            "deid",
            "-w",
            f[0].toString(),
            "--out",
            out.toString(),
            "--key-file",
            f[1].toString(),
            "--encrypt",
            "--warehouse-key-file",
            f[2].toString(),
            "--duckdb-extensions",
            none.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err().strip())
        .isEqualTo(
            "medmine: Cannot create an encrypted warehouse: DuckDB encrypts securely"
                + " only with OpenSSL from its httpfs extension, which is not in "
                + none
                + "; install it (in DuckDB on a"
                + " machine with network access: INSTALL httpfs; then copy ~/.duckdb/extensions here) or give"
                + " --duckdb-extensions DIR (or set MEDMINE_DUCKDB_EXTENSIONS).");
    assertOnlyTheFixtureIsThere();
  }

  @Test
  void deidEncryptWithoutAWarehouseKeySaysHowToGiveOneAndWritesNothing() throws Exception {
    Path[] f = fixture();
    Files.createDirectories(dir.resolve("no-httpfs"));
    CliTest.Run r =
        CliTest.medmine(
            "deid",
            "-w",
            f[0].toString(),
            "--out",
            dir.resolve("deid.duckdb").toString(),
            "--key-file",
            f[1].toString(),
            "--encrypt");
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err().strip())
        .startsWith("medmine: No warehouse key: --encrypt needs one;")
        .contains("--warehouse-key-file FILE");
    assertOnlyTheFixtureIsThere();
  }

  @Test
  void withoutEncryptTheDeidentifiedWarehouseIsWrittenInTheClearAsBefore() throws Exception {
    Path[] f = fixture();
    Files.createDirectories(dir.resolve("no-httpfs"));
    Path out = dir.resolve("deid.duckdb");
    CliTest.Run r =
        CliTest.medmine(
            "deid", "-w", f[0].toString(), "--out", out.toString(), "--key-file", f[1].toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(out).isRegularFile();
  }
}
