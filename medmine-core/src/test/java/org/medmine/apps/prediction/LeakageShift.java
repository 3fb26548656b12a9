package org.medmine.apps.prediction;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Test helper: moves every clinical time after each patient's index by a number of days. */
final class LeakageShift {
  private static final String[][] COLUMNS = {
    {"condition", "onset_time"},
    {"condition", "abatement_time"},
    {"condition", "recorded_time"},
    {"medication", "start_time"},
    {"medication", "stop_time"},
    {"procedure", "start_time"},
    {"procedure", "end_time"},
    {"encounter", "start_time"},
    {"encounter", "end_time"},
    {"observation", "effective_time"},
    {"observation", "issued_time"}
  };

  private LeakageShift() {}

  /**
   * Shifts times strictly after the index (or, for a negative shift, after index + |days|, undoing
   * it).
   */
  static int shiftAfterIndex(Connection c, List<IndexEvent> events, int days) throws SQLException {
    int changed = 0;
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE shift_idx (source VARCHAR, patient_id VARCHAR, t TIMESTAMP)");
      for (IndexEvent e : events) {
        s.execute(
            "INSERT INTO shift_idx VALUES ('"
                + e.source()
                + "', '"
                + e.patientId()
                + "', TIMESTAMP '"
                + e.indexTime().plusDays(Math.max(0, -days)).toString().replace('T', ' ')
                + "')");
      }
      for (String[] tc : COLUMNS) {
        changed +=
            s.executeUpdate(
                "UPDATE "
                    + tc[0]
                    + " x SET "
                    + tc[1]
                    + " = "
                    + tc[1]
                    + " + INTERVAL ("
                    + days
                    + ") DAY"
                    + " FROM shift_idx k WHERE x.source = k.source AND x.patient_id = k.patient_id AND x."
                    + tc[1]
                    + " > k.t");
      }
    }
    return changed;
  }
}
