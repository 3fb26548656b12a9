package org.medmine.privacy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medmine.warehouse.Warehouse;

/**
 * The warehouse's {@code audit_log}: an append-only chain in which each entry's hash covers its
 * fields and the previous entry's hash. With an {@link AuditKey} (kept outside the warehouse) the
 * hash is an HMAC, so whoever can write the table but lacks the key cannot change, insert or
 * re-forge entries that verify; without one it is plain SHA-256. Every append also records the new
 * head outside the warehouse ({@link AuditAnchor}), so a log cut at its end or emptied is caught
 * too. {@link #verify} ({@link AuditChainCheck}) names every entry that was changed, deleted,
 * inserted, moved or written without the key.
 */
public final class AuditLog {
  private AuditLog() {}

  /** A problem found in the chain. */
  public record Problem(long seq, String kind, String message) {}

  /**
   * The verdict: entries checked, problems (empty when intact), the hash of the last entry, how
   * many entries are keyed, and notes that are not problems (how far the chain is protected).
   */
  public record Verdict(
      long entries,
      List<Problem> problems,
      String headHash,
      long keyedEntries,
      List<String> notes) {
    public boolean intact() {
      return problems.isEmpty();
    }
  }

  /** Appends an unkeyed entry (plain SHA-256) after the current last one and returns it. */
  public static AuditEntry append(
      Connection c,
      String actor,
      String role,
      String action,
      String tables,
      long rows,
      String detail)
      throws SQLException {
    return append(c, Optional.empty(), actor, role, action, tables, rows, detail);
  }

  /**
   * Appends an entry after the current last one, keyed when {@code key} is present, then records it
   * as the head in the warehouse's head file; returns it. The connection must be in auto-commit
   * mode (the head follows the commit).
   */
  public static AuditEntry append(
      Connection c,
      Optional<AuditKey> key,
      String actor,
      String role,
      String action,
      String tables,
      long rows,
      String detail)
      throws SQLException {
    AuditEntry e =
        insert(c, key, new AuditRecord(actor, role, action, tables, rows, detail), head(c));
    AuditAnchor.write(Warehouse.fileOf(c), e, key);
    return e;
  }

  /** The last entry's number and hash ({@code 0} and the genesis hash for an empty log). */
  public record Head(long seq, String hash) {}

  /** The head of the log behind {@code c}. */
  public static Head head(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) {
      return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : new Head(0, AuditEntry.GENESIS);
    }
  }

  /**
   * Appends {@code records} in order in ONE transaction after {@code head}, the log's current head
   * (which a sole writer may keep instead of reading it each time: finding it scans the log), a
   * group commit: many requests' entries for the price of one commit; then records the last as the
   * head outside the warehouse; returns them. The connection must be in auto-commit mode and is
   * left in it; on failure nothing is appended.
   */
  public static List<AuditEntry> appendAll(
      Connection c, Optional<AuditKey> key, Head head, List<AuditRecord> records)
      throws SQLException {
    List<AuditEntry> out = new ArrayList<>();
    c.setAutoCommit(false);
    try {
      Head after = head;
      for (AuditRecord r : records) {
        AuditEntry e = insert(c, key, r, after);
        out.add(e);
        after = new Head(e.seq(), e.hash());
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
    if (!out.isEmpty()) {
      AuditAnchor.write(Warehouse.fileOf(c), out.get(out.size() - 1), key);
    }
    return out;
  }

  private static AuditEntry insert(Connection c, Optional<AuditKey> key, AuditRecord r, Head head)
      throws SQLException {
    String actor = r.actor();
    String role = r.role();
    String action = r.action();
    String tables = r.tables();
    long rows = r.rows();
    String detail = r.detail();
    long seq = head.seq();
    String prev = head.hash();
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    AuditEntry draft =
        new AuditEntry(seq + 1, now, actor, role, action, tables, rows, detail, prev, null);
    String hash = key.map(draft::computeMac).orElseGet(draft::computeHash);
    AuditEntry e =
        new AuditEntry(draft.seq(), now, actor, role, action, tables, rows, detail, prev, hash);
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO audit_log (seq, logged_at, actor, role, action, tables, row_count, detail, prev_hash, hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      p.setLong(1, e.seq());
      p.setObject(2, e.loggedAt());
      p.setString(3, actor);
      p.setString(4, role);
      p.setString(5, action);
      p.setString(6, tables);
      p.setLong(7, rows);
      p.setString(8, detail);
      p.setString(9, prev);
      p.setString(10, e.hash());
      p.executeUpdate();
    }
    return e;
  }

  /** Reads the entries in the order they were stored (DuckDB's rowid). */
  public static List<AuditEntry> read(Connection c) throws SQLException {
    List<AuditEntry> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT seq, logged_at, actor, role, action, tables, row_count, detail,"
                    + " prev_hash, hash FROM audit_log ORDER BY rowid")) {
      while (rs.next()) {
        out.add(
            new AuditEntry(
                rs.getLong(1),
                rs.getObject(2, LocalDateTime.class),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getLong(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10)));
      }
    }
    return out;
  }

  /**
   * Whether any entry of the log is keyed (a log that is keyed needs the key to be verified and
   * extended).
   */
  public static boolean isKeyed(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM audit_log WHERE starts_with(hash, '"
                    + AuditKey.PREFIX
                    + "')")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  /**
   * Checks the chain of the warehouse behind {@code c} without a key, against its head file if it
   * has one.
   */
  public static Verdict verify(Connection c) throws SQLException {
    return verify(c, Warehouse.fileOf(c), Optional.empty());
  }

  /**
   * Checks the chain of {@code warehouse} (read through {@code c}) with {@code key}, against its
   * head file.
   *
   * @throws org.medmine.model.MedmineUserException when the log is keyed and no key is given
   */
  public static Verdict verify(Connection c, Path warehouse, Optional<AuditKey> key)
      throws SQLException {
    return new AuditChainCheck(warehouse, key).check(read(c));
  }
}
