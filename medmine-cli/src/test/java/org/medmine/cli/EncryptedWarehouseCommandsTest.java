package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.testing.InsecureEncryptedWarehouse;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.EncryptedWarehouses;

/**
 * Mining commands on a warehouse DuckDB wrote encrypted (the fixture uses DuckDB's insecure
 * test-only writer, see {@link InsecureEncryptedWarehouse}). The key comes from the environment, so
 * the runs that need one start medmine in a child JVM with {@code MEDMINE_WAREHOUSE_KEY} set.
 * Reading needs only the key; the command's audit entry is a write, which needs OpenSSL from
 * httpfs: where the user's DuckDB folder has it, {@code stats} and {@code rules} work; where it has
 * not (our machines), they refuse in one sentence before printing any result.
 */
class EncryptedWarehouseCommandsTest {
  static final String KEY = "a-test-key-of-32-bytes-0123456789";
  @TempDir Path dir;
  Path encrypted;

  record Child(int code, String out, String err) {}

  @BeforeEach
  void fixture() {
    SmallWarehouse.copy(dir, "plain.duckdb").close();
    encrypted =
        InsecureEncryptedWarehouse.copy(
            dir.resolve("plain.duckdb"), dir.resolve("enc.duckdb"), KEY);
  }

  /** Runs medmine in a child JVM with {@code env} added to this one's environment. */
  private Child medmine(Map<String, String> env, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectOutput(dir.resolve("out.txt").toFile())
            .redirectError(dir.resolve("err.txt").toFile());
    pb.environment().remove(EncryptedWarehouses.KEY_FILE_ENV);
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("medmine finished").isTrue();
    return new Child(
        p.exitValue(),
        Files.readString(dir.resolve("out.txt")),
        Files.readString(dir.resolve("err.txt")));
  }

  private static boolean httpfsInstalled() throws Exception {
    try (var c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      return EncryptedWarehouses.findHttpfs(
              EncryptedWarehouses.defaultExtensionFolder(Path.of(System.getProperty("user.home"))),
              one(s, "SELECT version()"),
              one(s, "PRAGMA platform"))
          .isPresent();
    }
  }

  private static String one(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void withoutAKeyStatsAndRulesSayWhichVariableToSet() {
    assertThat(System.getenv(EncryptedWarehouses.KEY_ENV))
        .as("the test JVM runs without a warehouse key")
        .isNull();
    assertThat(System.getenv(EncryptedWarehouses.KEY_FILE_ENV)).isNull();
    for (String command : List.of("stats", "rules")) {
      CliTest.Run r = CliTest.medmine(command, "-w", encrypted.toString());
      assertThat(r.code()).as(command).isEqualTo(2);
      assertThat(r.out()).as(command).isEmpty();
      assertThat(r.err().strip())
          .as(command)
          .isEqualTo(
              "medmine: Warehouse "
                  + encrypted
                  + " is encrypted: set MEDMINE_WAREHOUSE_KEY (or MEDMINE_WAREHOUSE_KEY_FILE=FILE) to its key.");
    }
  }

  @Test
  void aWrongKeyIsOneSentenceAndExitTwo() throws Exception {
    Child r =
        medmine(
            Map.of(EncryptedWarehouses.KEY_ENV, "w".repeat(32)),
            "stats",
            "-w",
            encrypted.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err().strip())
        .startsWith("medmine: Cannot open encrypted warehouse " + encrypted)
        .contains("Wrong encryption key")
        .endsWith("check the warehouse key.");
  }

  @Test
  void withTheKeyStatsAndRulesRunWhereTheAuditEntryCanBeWrittenAndRefuseCleanlyWhereNot()
      throws Exception {
    byte[] before = Files.readAllBytes(encrypted);
    boolean httpfs = httpfsInstalled();
    for (String[] args :
        List.of(
            new String[] {"stats", "-w", encrypted.toString()},
            new String[] {"rules", "-w", encrypted.toString(), "--format", "json"})) {
      Child r = medmine(Map.of(EncryptedWarehouses.KEY_ENV, KEY), args);
      if (httpfs) {
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(args[0].equals("stats") ? "patient" : "\"rules\"");
      } else {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).as("no result printed without its audit entry").isEmpty();
        assertThat(r.err().strip())
            .isEqualTo(
                "medmine: Cannot write this command's audit entry into the encrypted"
                    + " warehouse enc.duckdb: DuckDB encrypts securely only with OpenSSL from its httpfs extension, which is not"
                    + " in "
                    + EncryptedWarehouses.defaultExtensionFolder(
                        Path.of(System.getProperty("user.home")))
                    + "; install it (in DuckDB on a machine with network"
                    + " access: INSTALL httpfs; then copy ~/.duckdb/extensions here) or give --duckdb-extensions DIR (or set"
                    + " MEDMINE_DUCKDB_EXTENSIONS).");
        assertThat(Files.readAllBytes(encrypted))
            .as("the warehouse is untouched")
            .isEqualTo(before);
      }
    }
  }

  @Test
  void qualityWritingResultsIntoAnEncryptedWarehouseWithoutOpenSslIsRefused() throws Exception {
    byte[] before = Files.readAllBytes(encrypted);
    Path none = Files.createDirectories(dir.resolve("no-httpfs"));
    Child r =
        medmine(
            Map.of(
                EncryptedWarehouses.KEY_ENV,
                KEY,
                EncryptedWarehouses.EXTENSIONS_ENV,
                none.toString()),
            "quality",
            "-w",
            encrypted.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip())
        .startsWith(
            "medmine: Cannot write to the encrypted warehouse enc.duckdb: DuckDB"
                + " encrypts securely only with OpenSSL from its httpfs extension, which is not in "
                + none
                + ";");
    assertThat(Files.readAllBytes(encrypted)).isEqualTo(before);
    assertThat(new String(before, StandardCharsets.ISO_8859_1))
        .doesNotContain("observation_standard");
  }
}
