package org.medmine.privacy;

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

/**
 * The warehouse's {@code audit_log}: an append-only hash chain (each entry's hash covers its fields and the
 * previous entry's hash). {@link #verify} walks the entries in the order they were stored and names every
 * entry that was changed, deleted, inserted or moved. A chain rewritten from some entry to the end is
 * consistent again; comparing the head hash with one kept elsewhere ({@link Verdict#headHash}) catches that.
 */
public final class AuditLog {
  private AuditLog() {}

  /** A problem found in the chain. */
  public record Problem(long seq, String kind, String message) {}

  /** The verdict: entries checked, problems (empty when intact), and the hash of the last entry. */
  public record Verdict(long entries, List<Problem> problems, String headHash) {
    public boolean intact() {
      return problems.isEmpty();
    }
  }

  /** Appends an entry after the current last one and returns it. */
  public static AuditEntry append(Connection c, String actor, String role, String action, String tables,
      long rows, String detail) throws SQLException {
    long seq = 0;
    String prev = AuditEntry.GENESIS;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) {
      if (rs.next()) {
        seq = rs.getLong(1);
        prev = rs.getString(2);
      }
    }
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    AuditEntry draft = new AuditEntry(seq + 1, now, actor, role, action, tables, rows, detail, prev, null);
    AuditEntry e = new AuditEntry(draft.seq(), now, actor, role, action, tables, rows, detail, prev, draft.computeHash());
    try (PreparedStatement p = c.prepareStatement(
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
        ResultSet rs = s.executeQuery("SELECT seq, logged_at, actor, role, action, tables, row_count, detail,"
            + " prev_hash, hash FROM audit_log ORDER BY rowid")) {
      while (rs.next()) {
        out.add(new AuditEntry(rs.getLong(1), rs.getObject(2, LocalDateTime.class), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9), rs.getString(10)));
      }
    }
    return out;
  }

  /** Checks the chain. */
  public static Verdict verify(Connection c) throws SQLException {
    List<AuditEntry> entries = read(c);
    List<Problem> problems = new ArrayList<>();
    long prevSeq = 0;
    String prevHash = AuditEntry.GENESIS;
    for (AuditEntry e : entries) {
      boolean changed = !e.computeHash().equals(e.hash());
      if (changed) {
        problems.add(new Problem(e.seq(), "changed", "entry " + e.seq() + " was changed: its hash does not match its content"));
      }
      if (e.seq() < prevSeq) {
        problems.add(new Problem(e.seq(), "reordered", "entry " + e.seq() + " was moved: it is stored after entry " + prevSeq));
      } else if (e.seq() == prevSeq) {
        problems.add(new Problem(e.seq(), "inserted", "an entry was inserted: seq " + e.seq() + " appears twice"));
      } else if (e.seq() > prevSeq + 1) {
        problems.add(new Problem(prevSeq + 1, "deleted", (e.seq() - prevSeq - 1) + " entr" + (e.seq() - prevSeq - 1 == 1 ? "y" : "ies")
            + " deleted: seq " + (prevSeq + 1) + (e.seq() - 1 > prevSeq + 1 ? ".." + (e.seq() - 1) : "") + " missing before entry " + e.seq()));
      } else if (!changed && !e.prevHash().equals(prevHash)) {
        problems.add(new Problem(e.seq(), "inserted", "entry " + e.seq() + " does not follow the entry stored before it: an entry was inserted or replaced"));
      }
      prevSeq = Math.max(prevSeq, e.seq());
      prevHash = e.hash();
    }
    return new Verdict(entries.size(), problems, prevHash);
  }
}
