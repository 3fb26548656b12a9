package org.medmine.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medmine.model.Table;

/**
 * The checks of a direct load: a source's first load appends straight into the warehouse tables,
 * which is right only when the source has no rows yet (nothing to replace). At the end, of an id
 * loaded twice the last row stays (the staged merge's last-one-wins), and every patient and
 * encounter reference must resolve within the source; when one does not, the staged load, with its
 * dangling-reference quarantine, must do the run (see {@link DirectLoadRefused}).
 */
final class DirectLoad {
  private DirectLoad() {}

  /** Whether any clinical table already holds rows of {@code source}. */
  static boolean sourceHasRows(Connection connection, String source) throws SQLException {
    for (Table t : Table.clinical()) {
      try (PreparedStatement p =
          connection.prepareStatement(
              "SELECT EXISTS (SELECT 1 FROM " + t.sqlName() + " WHERE source = ?)")) {
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
   * Keeps the last of the rows a table holds for one id (as the staged merge does: Synthea's CSV
   * writes an imaging study once per instance, all under the study's id), then throws {@link
   * DirectLoadRefused} when a patient-scoped row names a patient, or an encounter, that the source
   * does not have, or, when {@code oneContentPerId} (FHIR), when an id was loaded twice with
   * different content. Returns the tables that held a repeated id.
   */
  static Set<Table> check(
      Connection connection,
      String source,
      boolean oneContentPerId,
      Map<Table, List<String>> columns)
      throws SQLException {
    Set<Table> repeated = EnumSet.noneOf(Table.class);
    for (Table t : Table.clinical()) {
      boolean[] found = findRepeatsAndDangling(connection, t, source);
      if (found[0]
          && oneContentPerId
          && RepeatedRecords.inTable(connection, t, columns.get(t), source)) {
        // the staged load knows where each copy came from, to quarantine the replaced one
        // (RepeatedRecords)
        throw new DirectLoadRefused(t.sqlName() + " holds an id twice with different content");
      }
      if (found[0]) {
        // one scan answers both questions in the usual case (no repeats); after a repeat, ask again
        keepLastOfRepeatedIds(connection, t, source);
        repeated.add(t);
        found = findRepeatsAndDangling(connection, t, source);
        if (found[0]) {
          throw new DirectLoadRefused(t.sqlName() + " still holds an id more than once");
        }
      }
      if (found[1]) {
        throw new DirectLoadRefused(
            t.sqlName() + " has a patient or encounter reference that resolves to nothing");
      }
    }
    return repeated;
  }

  /**
   * Whether the table holds an id of the source twice, and whether a row names a patient or
   * encounter it lacks.
   */
  private static boolean[] findRepeatsAndDangling(Connection connection, Table t, String source)
      throws SQLException {
    String sql = "SELECT count(*) <> count(DISTINCT id)";
    if (t.patientScoped()) {
      String encounter = t == Table.ENCOUNTER || t == Table.CONSENT ? "NULL" : "encounter_id";
      sql +=
          ", count(*) FILTER (WHERE patient_id NOT IN (SELECT id FROM patient WHERE source = $1)"
              + " OR ("
              + encounter
              + " IS NOT NULL AND "
              + encounter
              + " NOT IN (SELECT id FROM encounter WHERE source = $1))) > 0";
    } else {
      sql += ", false";
    }
    try (PreparedStatement p =
        connection.prepareStatement(sql + " FROM " + t.sqlName() + " WHERE source = $1")) {
      p.setString(1, source);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return new boolean[] {rs.getBoolean(1), rs.getBoolean(2)};
      }
    }
  }

  /**
   * Deletes every row of a repeated id but the last appended. The run's rows of a table were
   * appended in read order by one appender into a table that held none of the source's rows, so
   * their row ids follow the order they were read in.
   */
  private static void keepLastOfRepeatedIds(Connection connection, Table t, String source)
      throws SQLException {
    String table = t.sqlName();
    try (PreparedStatement p =
        connection.prepareStatement(
            "DELETE FROM "
                + table
                + " WHERE source = $1 AND rowid NOT IN"
                + " (SELECT max(rowid) FROM "
                + table
                + " WHERE source = $1 GROUP BY id)")) {
      p.setString(1, source);
      p.executeUpdate();
    }
  }
}
