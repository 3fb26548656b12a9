package org.medmine.warehouse;

import static org.medmine.warehouse.WarehouseLoader.STAGE_PREFIX;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * The step of a run's commit that moves the run's staged quarantine entries into {@code
 * quarantine}.
 */
final class QuarantineMerge {
  private QuarantineMerge() {}

  /**
   * Replaces the quarantine entries of the run's files with the run's own, keyed by (source, file,
   * position, position kind): a file and its entry 0 are two records.
   */
  static void merge(Connection connection, Statement s, String source, Set<String> files)
      throws SQLException {
    if (!hasQuarantineOfSource(connection, source)) {
      // nothing to replace (a source's first load, usually): one DELETE per file would find nothing
      s.execute(
          "INSERT INTO quarantine SELECT * FROM "
              + STAGE_PREFIX
              + "quarantine QUALIFY row_number() OVER"
              + " (PARTITION BY source, file, position, position_kind ORDER BY reason, raw_text) = 1");
      return;
    }
    try (PreparedStatement p =
        connection.prepareStatement("DELETE FROM quarantine WHERE source = ? AND file = ?")) {
      for (String f : files) {
        p.setString(1, source);
        p.setString(2, f);
        p.executeUpdate();
      }
    }
    s.execute(
        "DELETE FROM quarantine q USING "
            + STAGE_PREFIX
            + "quarantine n"
            + " WHERE q.source = n.source AND q.file = n.file AND q.position = n.position"
            + " AND q.position_kind IS NOT DISTINCT FROM n.position_kind");
    // keyed by (source, file, position, position_kind): a file and its entry 0 are two records
    s.execute(
        "INSERT INTO quarantine SELECT * FROM "
            + STAGE_PREFIX
            + "quarantine QUALIFY row_number() OVER"
            + " (PARTITION BY source, file, position, position_kind ORDER BY reason, raw_text) = 1");
  }

  private static boolean hasQuarantineOfSource(Connection connection, String source)
      throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM quarantine WHERE source = ?)")) {
      p.setString(1, source);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }
}
