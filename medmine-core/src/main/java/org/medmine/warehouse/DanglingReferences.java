package org.medmine.warehouse;

import static org.medmine.warehouse.WarehouseLoader.RAW_TEXT_LIMIT;
import static org.medmine.warehouse.WarehouseLoader.STAGE_PREFIX;
import static org.medmine.warehouse.WarehouseLoader.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.medmine.model.Table;

/**
 * The step of a run's commit that quarantines staged records whose patient or encounter exists
 * nowhere.
 */
final class DanglingReferences {
  private DanglingReferences() {}

  /**
   * A record whose patient reference, or encounter reference, resolves neither to a row of this run
   * nor to one already in the warehouse (same source) is quarantined whole, with the id it points
   * to in the reason: every row it produced leaves the staging tables. Returns how many records it
   * quarantined.
   */
  static long quarantine(
      Connection connection,
      Statement s,
      String source,
      String runId,
      Map<String, Long> fileNumbers)
      throws SQLException {
    String src = quote(source);
    String danglingPatient =
        "patient_id NOT IN (SELECT id FROM "
            + STAGE_PREFIX
            + "patient)"
            + " AND patient_id NOT IN (SELECT id FROM patient WHERE source = "
            + src
            + ")";
    String danglingEncounter =
        "encounter_ref IS NOT NULL AND encounter_ref NOT IN (SELECT id FROM "
            + STAGE_PREFIX
            + "encounter)"
            + " AND encounter_ref NOT IN (SELECT id FROM encounter WHERE source = "
            + src
            + ")";
    String ofSource = " of source " + source.replace("'", "''") + " (dangling reference)'";
    stageFileNames(connection, s, fileNumbers);
    s.execute(
        "CREATE TEMP TABLE _dangling AS SELECT DISTINCT ON (_file, _pos) _file, f.file, _pos, _pos_kind, _type, id,"
            + " CASE WHEN "
            + danglingPatient
            + " THEN 'the patient reference ' || patient_id"
            + " || ' resolves to no Patient"
            + ofSource
            + " ELSE 'the encounter reference ' || encounter_ref || ' resolves to no Encounter"
            + ofSource
            + " END AS reason, json_object('table', tbl, 'row', r) AS raw FROM ("
            + unionOfPatientScoped("(" + danglingPatient + ") OR (" + danglingEncounter + ")")
            + ") d JOIN _stage_file f ON f.no = d._file ORDER BY _file, _pos, reason, id");
    long n;
    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM _dangling")) {
      rs.next();
      n = rs.getLong(1);
    }
    quarantineDangling(s, src, runId);
    return n;
  }

  /**
   * The run's file names by number, as the TEMP table {@code _stage_file} (staged rows carry the
   * number).
   */
  private static void stageFileNames(
      Connection connection, Statement s, Map<String, Long> fileNumbers) throws SQLException {
    s.execute("CREATE TEMP TABLE _stage_file (no BIGINT, file VARCHAR)");
    try (PreparedStatement p =
        connection.prepareStatement("INSERT INTO _stage_file VALUES (?, ?)")) {
      for (Map.Entry<String, Long> f : fileNumbers.entrySet()) {
        p.setLong(1, f.getValue());
        p.setString(2, f.getKey());
        p.executeUpdate();
      }
    }
  }

  /**
   * Moves the records in {@code _dangling} from the staging tables to the run's quarantine; drops
   * the TEMP tables.
   */
  private static void quarantineDangling(Statement s, String src, String runId)
      throws SQLException {
    s.execute(
        "INSERT INTO "
            + STAGE_PREFIX
            + "quarantine SELECT "
            + src
            + ", "
            + quote(runId)
            + ", file, _pos, _pos_kind, _type, id, reason, left(raw::VARCHAR, "
            + RAW_TEXT_LIMIT
            + ") FROM _dangling");
    for (Table t : Table.values()) {
      if (t.persistent()) {
        s.execute(
            "DELETE FROM "
                + STAGE_PREFIX
                + t.sqlName()
                + " WHERE (_file, _pos) IN (SELECT _file, _pos FROM _dangling)");
      }
    }
    s.execute("DROP TABLE _dangling");
    s.execute("DROP TABLE _stage_file");
  }

  /**
   * The staged rows that match {@code dangling}, as JSON: filtered in each table before
   * serialising, as serialising every staged row was most of the cost of this step.
   */
  private static String unionOfPatientScoped(String dangling) {
    List<String> parts = new ArrayList<>();
    for (Table t : Table.clinical()) {
      if (t.patientScoped()) {
        String encounterRef =
            t == Table.ENCOUNTER || t == Table.CONSENT ? "NULL::VARCHAR" : "encounter_id";
        parts.add(
            "SELECT _file, _pos, _pos_kind, _type, id, patient_id, "
                + encounterRef
                + " AS encounter_ref, '"
                + t.sqlName()
                + "' AS tbl, to_json(x) AS r FROM "
                + STAGE_PREFIX
                + t.sqlName()
                + " x WHERE "
                + dangling.replace("encounter_ref", encounterRef));
      }
    }
    return String.join(" UNION ALL ", parts);
  }
}
