package org.medmine.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.medmine.model.Table;

/**
 * The checks of a direct load: a source's first load appends straight into the warehouse tables, which is
 * right only when the source has no rows yet (nothing to replace) and, at the end, the run holds each id once
 * and every patient and encounter reference resolves within the source. Otherwise the staged load, with its
 * last-one-wins merge and its dangling-reference quarantine, must do the run (see {@link DirectLoadRefused}).
 */
final class DirectLoad {
  private DirectLoad() {}

  /** Whether any clinical table already holds rows of {@code source}. */
  static boolean sourceHasRows(Connection connection, String source) throws SQLException {
    for (Table t : Table.clinical()) {
      try (PreparedStatement p =
          connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM " + t.sqlName() + " WHERE source = ?)")) {
        p.setString(1, source);
        try (ResultSet rs = p.executeQuery()) {
          if (rs.next() && rs.getBoolean(1)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Throws {@link DirectLoadRefused} when a table holds an id of the source twice, or a patient-scoped row
   * names a patient, or an encounter, that the source does not have.
   */
  static void check(Connection connection, String source) throws SQLException {
    for (Table t : Table.clinical()) {
      String sql = "SELECT count(*) <> count(DISTINCT id)";
      if (t.patientScoped()) {
        String encounter = t == Table.ENCOUNTER ? "NULL" : "encounter_id";
        sql +=
            ", count(*) FILTER (WHERE patient_id NOT IN (SELECT id FROM patient WHERE source = $1)"
                + " OR (" + encounter + " IS NOT NULL AND " + encounter
                + " NOT IN (SELECT id FROM encounter WHERE source = $1))) > 0";
      } else {
        sql += ", false";
      }
      try (PreparedStatement p = connection.prepareStatement(sql + " FROM " + t.sqlName() + " WHERE source = $1")) {
        p.setString(1, source);
        try (ResultSet rs = p.executeQuery()) {
          rs.next();
          if (rs.getBoolean(1)) {
            throw new DirectLoadRefused(t.sqlName() + " holds an id more than once");
          }
          if (rs.getBoolean(2)) {
            throw new DirectLoadRefused(t.sqlName() + " has a patient or encounter reference that resolves to nothing");
          }
        }
      }
    }
  }
}
