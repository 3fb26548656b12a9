package org.medmine.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.Warehouse;

/**
 * Issue 29, defect 3: an audit log keyed with HMAC-SHA256 under a key kept outside the warehouse,
 * anchored by its head file. Someone who can write the table and the head file but lacks the key
 * cannot truncate, empty or re-forge it (with plain hashes or under another key) without {@code
 * verify} saying so.
 */
class AuditKeyedChainTest {
  static final Optional<AuditKey> KEY =
      Optional.of(AuditKey.of("audit-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8)));
  static final Optional<AuditKey> FORGER =
      Optional.of(AuditKey.of("forger-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8)));
  @TempDir Path dir;
  Path file;
  Warehouse warehouse;
  Connection c;

  @BeforeEach
  void fourKeyedEntries() throws SQLException {
    file = dir.resolve("w.duckdb");
    warehouse = Warehouse.open(file);
    c = warehouse.connection();
    for (int i = 1; i <= 4; i++) {
      AuditLog.append(c, KEY, "ana", "admin", "stats", "patient", 10L * i, "run " + i);
    }
  }

  @AfterEach
  void close() {
    warehouse.close();
  }

  private AuditLog.Verdict verify(Optional<AuditKey> key) throws SQLException {
    return AuditLog.verify(c, file, key);
  }

  private void sql(String s) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(s);
    }
  }

  /**
   * Rewrites the whole log as a forger would: entry 2 left out, the rest renumbered and re-hashed,
   * head rewritten.
   */
  private void reforge(Optional<AuditKey> forgerKey) throws SQLException {
    List<AuditEntry> entries = AuditLog.read(c);
    sql("DELETE FROM audit_log");
    String prev = AuditEntry.GENESIS;
    long seq = 0;
    AuditEntry last = null;
    for (AuditEntry e : entries) {
      if (e.seq() == 2) {
        continue;
      }
      seq++;
      AuditEntry draft =
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
      last =
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
              forgerKey.map(draft::computeMac).orElseGet(draft::computeHash));
      try (PreparedStatement p =
          c.prepareStatement("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        Object[] values = {
          last.seq(),
          last.loggedAt(),
          last.actor(),
          last.role(),
          last.action(),
          last.tables(),
          last.rowCount(),
          last.detail(),
          last.prevHash(),
          last.hash()
        };
        for (int i = 0; i < values.length; i++) {
          p.setObject(i + 1, values[i]);
        }
        p.executeUpdate();
      }
      prev = last.hash();
    }
    AuditAnchor.write(file, last, forgerKey);
  }

  @Test
  void anUntouchedKeyedLogIsIntactAndItsHashesAreMacs() throws SQLException {
    AuditLog.Verdict v = verify(KEY);
    assertThat(v.intact()).as(v.problems().toString()).isTrue();
    assertThat(v.keyedEntries()).isEqualTo(4);
    assertThat(v.headHash()).startsWith("hmac-sha256:").hasSize("hmac-sha256:".length() + 64);
    assertThat(AuditAnchor.read(file).head())
        .get()
        .satisfies(h -> assertThat(h.signedBy(KEY.get())).isTrue());
  }

  @Test
  void aKeyedLogIsNotVerifiedWithoutItsKey() {
    assertThatThrownBy(() -> verify(Optional.empty()))
        .isInstanceOf(MedmineUserException.class)
        .hasMessage(
            "The audit log of "
                + file
                + " is keyed: set MEDMINE_AUDIT_KEY (or MEDMINE_AUDIT_KEY_FILE=FILE) or"
                + " give --key-file FILE to verify it.");
  }

  @Test
  void truncationIsCaughtWithOrWithoutTheHeadFile() throws Exception {
    sql("DELETE FROM audit_log WHERE seq >= 3");
    assertThat(verify(KEY).problems())
        .extracting(AuditLog.Problem::message)
        .containsExactly("entries 3..4 were deleted from the end (the head file names entry 4)");
    Files.delete(AuditAnchor.fileOf(file));
    assertThat(verify(KEY).problems()).extracting(AuditLog.Problem::kind).containsExactly("head");
  }

  @Test
  void anEmptiedLogIsCaught() throws SQLException {
    sql("DELETE FROM audit_log");
    assertThat(verify(KEY).problems())
        .extracting(AuditLog.Problem::message)
        .containsExactly("every entry was deleted: the head file names entry 4");
  }

  @Test
  void aLogReforgedWithPlainHashesAndANewHeadFileIsCaught() throws SQLException {
    reforge(Optional.empty());
    assertThat(AuditLog.verify(c, file, Optional.empty()).intact())
        .as("consistent to a verifier without the key")
        .isTrue();
    AuditLog.Verdict v = verify(KEY);
    assertThat(v.intact()).isFalse();
    assertThat(v.problems()).extracting(AuditLog.Problem::kind).contains("unkeyed");
  }

  @Test
  void aLogReforgedUnderAnotherKeyIsCaught() throws SQLException {
    reforge(FORGER);
    AuditLog.Verdict v = verify(KEY);
    assertThat(v.problems()).extracting(AuditLog.Problem::kind).contains("changed", "head");
    assertThat(v.problems()).filteredOn(p -> p.kind().equals("changed")).hasSize(3);
  }

  @Test
  void plainEntriesBeforeTheFirstKeyedOneAreSealedButNotAfterIt() throws Exception {
    Path older = dir.resolve("older.duckdb");
    try (Warehouse w = Warehouse.open(older)) {
      AuditLog.append(
          w.connection(), "bob", "admin", "stats", "patient", 1, "by an earlier medmine");
      AuditLog.append(
          w.connection(), "bob", "admin", "stats", "patient", 2, "by an earlier medmine");
      AuditLog.append(w.connection(), KEY, "bob", "admin", "stats", "patient", 3, "sealed");
      AuditLog.Verdict sealed = AuditLog.verify(w.connection(), older, KEY);
      assertThat(sealed.intact()).as(sealed.problems().toString()).isTrue();
      assertThat(sealed.notes()).anyMatch(n -> n.startsWith("entries before 3 are plain SHA-256"));
      AuditLog.append(w.connection(), "mallory", "admin", "stats", "patient", 4, "no key");
      assertThat(AuditLog.verify(w.connection(), older, KEY).problems())
          .extracting(AuditLog.Problem::seq, AuditLog.Problem::kind)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(4L, "unkeyed"),
              org.assertj.core.groups.Tuple.tuple(4L, "head"));
    }
  }
}
