package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.privacy.AuditAnchor;
import org.medmine.privacy.AuditEntry;
import org.medmine.privacy.AuditLog;
import org.medmine.testing.SmallWarehouse;

/**
 * Issue 29, defect 3: {@code medmine audit verify} on its own (no head hash kept by hand) detects
 * an audit log cut at its end, rebuilt entirely with recomputed plain SHA-256 hashes, or emptied,
 * by someone who can write the table. Here the commands run without an audit key: the head file
 * next to the warehouse is the anchor.
 */
class AuditTamperingTest {
  @TempDir static Path audited;
  @TempDir Path dir;
  Path warehouse;

  /** Three audited commands, run once; each test tampers with its own copy. */
  @BeforeAll
  static void threeAuditedCommands() {
    SmallWarehouse.copy(audited, "w.duckdb").close();
    Path w = audited.resolve("w.duckdb");
    for (int i = 0; i < 3; i++) {
      assertThat(CliTest.medmine("stats", "-w", w.toString()).code()).isZero();
    }
    CliTest.Run v = CliTest.medmine("audit", "verify", "-w", w.toString());
    assertThat(v.code()).as(v.out() + v.err()).isZero();
    assertThat(v.out()).contains("3 audit entries");
  }

  @BeforeEach
  void copyOfTheAuditedWarehouse() throws IOException {
    try (Stream<Path> files = Files.list(audited)) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
    assertThat(dir.resolve("w.duckdb" + AuditAnchor.SUFFIX)).exists();
    warehouse = dir.resolve("w.duckdb");
  }

  private void sql(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private CliTest.Run verify() {
    return CliTest.medmine("audit", "verify", "-w", warehouse.toString());
  }

  @Test
  void deletingTheLastEntryIsDetected() throws Exception {
    sql("DELETE FROM audit_log WHERE seq = 3");
    CliTest.Run r = verify();
    assertThat(r.code()).as(r.out()).isEqualTo(3);
    assertThat(r.out())
        .contains("entry 3 was deleted from the end")
        .contains("Audit chain BROKEN.");
  }

  @Test
  void deletingEveryEntryIsDetected() throws Exception {
    sql("DELETE FROM audit_log");
    CliTest.Run r = verify();
    assertThat(r.code()).as(r.out()).isEqualTo(3);
    assertThat(r.out()).contains("every entry was deleted").contains("Audit chain BROKEN.");
  }

  @Test
  void aChainRebuiltWithRecomputedPlainHashesIsDetected() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath())) {
      List<AuditEntry> entries = AuditLog.read(c);
      String prev = AuditEntry.GENESIS;
      try (Statement s = c.createStatement()) {
        s.execute("DELETE FROM audit_log");
      }
      for (AuditEntry e : entries) {
        // the forger hides the middle command, renumbers, and recomputes every hash as verify would
        if (e.seq() == 2) {
          continue;
        }
        long seq = e.seq() == 1 ? 1 : 2;
        AuditEntry forged =
            new AuditEntry(
                seq,
                e.loggedAt(),
                e.actor(),
                e.role(),
                e.action(),
                e.tables(),
                e.rowCount(),
                e.detail(),
                prev,
                null);
        forged =
            new AuditEntry(
                seq,
                e.loggedAt(),
                e.actor(),
                e.role(),
                e.action(),
                e.tables(),
                e.rowCount(),
                e.detail(),
                prev,
                forged.computeHash());
        try (PreparedStatement p =
            c.prepareStatement("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          p.setLong(1, forged.seq());
          p.setObject(2, forged.loggedAt());
          p.setString(3, forged.actor());
          p.setString(4, forged.role());
          p.setString(5, forged.action());
          p.setString(6, forged.tables());
          p.setLong(7, forged.rowCount());
          p.setString(8, forged.detail());
          p.setString(9, forged.prevHash());
          p.setString(10, forged.hash());
          p.executeUpdate();
        }
        prev = forged.hash();
      }
    }
    CliTest.Run r = verify();
    assertThat(r.code()).as(r.out()).isEqualTo(3);
    assertThat(r.out()).contains("Audit chain BROKEN.");
  }

  /** Runs medmine in a child JVM with {@code env} added to this one's environment. */
  private CliTest.Run child(Map<String, String> env, String... args) throws Exception {
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
    pb.environment().remove("MEDMINE_AUDIT_KEY_FILE");
    pb.environment().remove("MEDMINE_AUDIT_KEY");
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("medmine finished").isTrue();
    return new CliTest.Run(
        p.exitValue(),
        Files.readString(dir.resolve("out.txt")),
        Files.readString(dir.resolve("err.txt")));
  }

  @Test
  void withMedmineAuditKeyEntriesAreKeyedAndAnEntryWrittenWithoutTheKeyIsReported()
      throws Exception {
    Map<String, String> key = Map.of("MEDMINE_AUDIT_KEY", "0123456789abcdef0123456789abcdef");
    assertThat(child(key, "stats", "-w", warehouse.toString()).code()).isZero();
    CliTest.Run keyed = child(key, "audit", "verify", "-w", warehouse.toString());
    assertThat(keyed.code()).as(keyed.out() + keyed.err()).isZero();
    assertThat(keyed.out())
        .startsWith("4 audit entries (1 keyed)")
        .contains("sealed by keyed entry 4")
        .contains("intact");
    CliTest.Run noKey = verify();
    assertThat(noKey.code()).isEqualTo(2);
    assertThat(noKey.err().strip())
        .isEqualTo(
            "medmine: The audit log of "
                + warehouse
                + " is keyed: set MEDMINE_AUDIT_KEY"
                + " (or MEDMINE_AUDIT_KEY_FILE=FILE) or give --key-file FILE to verify it.");
    CliTest.Run unkeyed = child(Map.of(), "stats", "-w", warehouse.toString());
    assertThat(unkeyed.code()).isZero();
    assertThat(unkeyed.err())
        .contains(
            "warning: the audit log of "
                + warehouse
                + " is keyed but MEDMINE_AUDIT_KEY is not set");
    Path keyFile =
        Files.writeString(dir.resolve("audit.key"), "0123456789abcdef0123456789abcdef\n");
    CliTest.Run broken =
        CliTest.medmine(
            "audit", "verify", "-w", warehouse.toString(), "--key-file", keyFile.toString());
    assertThat(broken.code()).isEqualTo(3);
    assertThat(broken.out())
        .contains("entry 5 is not keyed although an entry before it is")
        .contains("Audit chain BROKEN.");
  }
}
