package org.medmine.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.warehouse.Warehouse;

/**
 * The audit log's unkeyed hash chain: intact when untouched; each kind of tampering is detected and
 * named.
 */
class AuditLogTest {
  @TempDir Path dir;
  Warehouse warehouse;
  Connection c;

  @BeforeEach
  void fiveEntries() throws SQLException {
    warehouse = Warehouse.open(dir.resolve("w.duckdb"));
    c = warehouse.connection();
    for (int i = 1; i <= 5; i++) {
      AuditLog.append(c, "ana", "analyst", "export", "patient,encounter", 10L * i, "run " + i);
    }
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    warehouse.close();
  }

  private void sql(String s) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(s);
    }
  }

  @Test
  void anUntouchedChainIsIntactAndItsHeadIsTheLastHash() throws SQLException {
    AuditLog.Verdict v = AuditLog.verify(c);
    assertThat(v.intact()).isTrue();
    assertThat(v.entries()).isEqualTo(5);
    assertThat(v.headHash()).isEqualTo(AuditLog.read(c).get(4).hash()).hasSize(64);
    assertThat(AuditLog.read(c).get(1).prevHash()).isEqualTo(AuditLog.read(c).get(0).hash());
  }

  @Test
  void anEditedEntryIsNamed() throws SQLException {
    sql("UPDATE audit_log SET row_count = 1 WHERE seq = 3");
    assertThat(AuditLog.verify(c).problems())
        .extracting(AuditLog.Problem::seq, AuditLog.Problem::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "changed"));
  }

  @Test
  void aDeletedEntryIsNamed() throws SQLException {
    sql("DELETE FROM audit_log WHERE seq = 2");
    assertThat(AuditLog.verify(c).problems())
        .extracting(AuditLog.Problem::seq, AuditLog.Problem::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "deleted"));
  }

  @Test
  void anInsertedEntryWithAValidHashIsStillFound() throws SQLException {
    AuditEntry after2 = AuditLog.read(c).get(1);
    AuditEntry draft =
        new AuditEntry(
            3,
            LocalDateTime.of(2026, 1, 1, 0, 0),
            "mallory",
            "admin",
            "nothing",
            null,
            0,
            "cover",
            after2.hash(),
            null);
    String hash =
        new AuditEntry(
                3,
                draft.loggedAt(),
                "mallory",
                "admin",
                "nothing",
                null,
                0,
                "cover",
                after2.hash(),
                null)
            .computeHash();
    sql("CREATE TABLE keep AS SELECT * FROM audit_log ORDER BY rowid");
    sql("DELETE FROM audit_log");
    sql("INSERT INTO audit_log SELECT * FROM keep WHERE seq <= 2 ORDER BY seq");
    sql(
        "INSERT INTO audit_log VALUES (3, TIMESTAMP '2026-01-01 00:00:00', 'mallory', 'admin', 'nothing', NULL, 0,"
            + " 'cover', '"
            + after2.hash()
            + "', '"
            + hash
            + "')");
    sql("INSERT INTO audit_log SELECT * FROM keep WHERE seq > 2 ORDER BY seq");
    assertThat(AuditLog.verify(c).problems())
        .extracting(AuditLog.Problem::seq, AuditLog.Problem::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "inserted"));
  }

  @Test
  void reorderedEntriesAreNamed() throws SQLException {
    sql("CREATE TABLE keep AS SELECT * FROM audit_log ORDER BY rowid");
    sql("DELETE FROM audit_log");
    sql(
        "INSERT INTO audit_log SELECT * FROM keep ORDER BY CASE seq WHEN 4 THEN 3 WHEN 3 THEN 4 ELSE seq END");
    assertThat(AuditLog.read(c)).extracting(AuditEntry::seq).containsExactly(1L, 2L, 4L, 3L, 5L);
    assertThat(AuditLog.verify(c).problems())
        .extracting(AuditLog.Problem::kind)
        .contains("reordered");
    assertThat(AuditLog.verify(c).intact()).isFalse();
  }

  @Test
  void aTruncatedTailIsCaughtByTheHeadFileAndWithoutItOnlyByAHeadKeptElsewhere() throws Exception {
    String head = AuditLog.verify(c).headHash();
    sql("DELETE FROM audit_log WHERE seq = 5");
    assertThat(AuditLog.verify(c).problems())
        .extracting(AuditLog.Problem::seq, AuditLog.Problem::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(5L, "deleted"));
    java.nio.file.Files.delete(AuditAnchor.fileOf(dir.resolve("w.duckdb")));
    AuditLog.Verdict v = AuditLog.verify(c);
    assertThat(v.intact())
        .as("an unkeyed chain whose head file is gone too is consistent")
        .isTrue();
    assertThat(v.notes()).anyMatch(n -> n.startsWith("no head file"));
    assertThat(v.headHash()).isNotEqualTo(head);
  }
}
