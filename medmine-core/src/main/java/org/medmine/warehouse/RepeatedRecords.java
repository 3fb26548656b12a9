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
import java.util.Set;
import org.medmine.model.Table;

/**
 * The step of a FHIR run's commit that quarantines a record replaced, within the run, by a later
 * record with the same id and different content. The load keeps the last copy of an id (an upsert
 * in read order, as a later run replaces an earlier one); a copy that says the same is harmless,
 * but a differing one would be lost in silence. So each such earlier record is quarantined whole
 * (every row it produced leaves the staging tables), with a reason that names the later record's
 * file and position, and its rows as the raw text.
 *
 * <p>Columns that the load itself fills in from other records are not compared, as two copies of
 * one resource read at different moments of the run can differ there: resolved conditional
 * references ({@link ReferenceResolver#COLUMNS}), an observation's panel, a claim's diagnosis
 * codes.
 */
final class RepeatedRecords {
  private static final Set<String> FILLED_BY_THE_LOAD =
      Set.of(
          "panel_id",
          "panel_code",
          "panel_display",
          "diagnosis_1_code",
          "diagnosis_2_code",
          "diagnosis_3_code",
          "diagnosis_4_code");

  private RepeatedRecords() {}

  /**
   * Whether a run of this format must hold at most one content per id (FHIR: one resource per id).
   */
  static boolean appliesTo(RunRecord run) {
    return "fhir".equals(run.format());
  }

  /**
   * Whether a table loaded directly (no staging columns) holds an id of {@code source} twice with
   * different content; the staged load, which knows each row's file and position, must then do the
   * run.
   */
  static boolean inTable(Connection connection, Table t, List<String> columns, String source)
      throws SQLException {
    String sql =
        "SELECT EXISTS (SELECT id FROM "
            + t.sqlName()
            + " WHERE source = $1 GROUP BY id"
            + " HAVING count(DISTINCT "
            + contentHash(t, columns)
            + ") > 1)";
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      p.setString(1, source);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  /**
   * Quarantines every staged record that a later record of the run, with the same id and different
   * content, replaces. {@code stagedColumns} are the columns of each staging table. Returns how
   * many records it quarantined.
   */
  static long quarantine(
      Statement s,
      String source,
      String runId,
      Map<String, Long> fileNumbers,
      Map<Table, List<String>> stagedColumns)
      throws SQLException {
    List<String> parts = new ArrayList<>();
    for (Table t : Table.clinical()) {
      if (hasRepeatedIds(s, STAGE_PREFIX + t.sqlName())) {
        parts.add(replaced(t, stagedColumns.get(t)));
      }
    }
    if (parts.isEmpty()) {
      return 0;
    }
    s.execute("CREATE TEMP TABLE _stage_file_name (no BIGINT, file VARCHAR)");
    for (Map.Entry<String, Long> f : fileNumbers.entrySet()) {
      s.execute(
          "INSERT INTO _stage_file_name VALUES (" + f.getValue() + ", " + quote(f.getKey()) + ")");
    }
    s.execute(
        "CREATE TEMP TABLE _replaced AS SELECT DISTINCT ON (r._file, r._pos) r._file, f.file, r._pos, r._pos_kind,"
            + " r._type, r.id, r._type || '/' || r.id || ' is read again later in this run with different content, at '"
            + " || lf.file || ' ' || r.later_kind || ' ' || r.later_pos || ': that later copy is stored and this one is"
            + " not' AS reason, r.raw FROM ("
            + String.join(" UNION ALL ", parts)
            + ") r"
            + " JOIN _stage_file_name f ON f.no = r._file JOIN _stage_file_name lf ON lf.no = r.later_file"
            + " ORDER BY r._file, r._pos, r.later_file DESC, r.later_pos DESC");
    long n = moveReplacedToQuarantine(s, source, runId);
    s.execute("DROP TABLE _replaced");
    s.execute("DROP TABLE _stage_file_name");
    return n;
  }

  /**
   * Quarantines the rows of {@code _replaced} and deletes them from the stage tables; how many
   * there were.
   */
  private static long moveReplacedToQuarantine(Statement s, String source, String runId)
      throws SQLException {
    long n;
    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM _replaced")) {
      rs.next();
      n = rs.getLong(1);
    }
    s.execute(
        "INSERT INTO "
            + STAGE_PREFIX
            + "quarantine SELECT "
            + quote(source)
            + ", "
            + quote(runId)
            + ", file, _pos, _pos_kind, _type, id, reason, left(raw::VARCHAR, "
            + RAW_TEXT_LIMIT
            + ") FROM _replaced");
    for (Table t : Table.values()) {
      if (t.persistent()) {
        s.execute(
            "DELETE FROM "
                + STAGE_PREFIX
                + t.sqlName()
                + " WHERE (_file, _pos) IN (SELECT _file, _pos FROM _replaced)");
      }
    }
    return n;
  }

  /** The staged rows of {@code t} that a later row with the same id and other content replaces. */
  private static String replaced(Table t, List<String> columns) {
    String window =
        "OVER (PARTITION BY id ORDER BY _seq ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)";
    return "SELECT _file, _pos, _pos_kind, _type, id, later_file, later_pos, later_kind, raw FROM (SELECT _file, _pos,"
        + " _pos_kind, _type, id, h, last_value(h) "
        + window
        + " AS later_h, last_value(_file) "
        + window
        + " AS later_file, last_value(_pos) "
        + window
        + " AS later_pos, last_value(_pos_kind) "
        + window
        + " AS later_kind, json_object('table', '"
        + t.sqlName()
        + "', 'row', raw_row) AS raw FROM (SELECT *, "
        + contentHash(t, columns)
        + " AS h, to_json(x) AS raw_row FROM "
        + STAGE_PREFIX
        + t.sqlName()
        + " x"
        + " WHERE id IN (SELECT id FROM "
        + STAGE_PREFIX
        + t.sqlName()
        + " GROUP BY id HAVING count(*) > 1)))"
        + " WHERE h <> later_h AND (_file, _pos) <> (later_file, later_pos)";
  }

  /** A hash of a row's content: its columns but the run's own and those the load fills in. */
  private static String contentHash(Table t, List<String> columns) {
    Set<String> resolved = new java.util.HashSet<>(FILLED_BY_THE_LOAD);
    ReferenceResolver.COLUMNS.stream()
        .filter(c -> c.table().equals(t.sqlName()))
        .forEach(c -> resolved.add(c.column()));
    List<String> compared =
        columns.stream()
            .filter(
                c ->
                    !c.startsWith("_")
                        && !resolved.contains(c)
                        && !c.equals("source")
                        && !c.equals("id"))
            .map(c -> "\"" + c + "\"")
            .toList();
    return compared.isEmpty() ? "0" : "hash(" + String.join(", ", compared) + ")";
  }

  private static boolean hasRepeatedIds(Statement s, String stage) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT count(*) <> count(DISTINCT id) FROM " + stage)) {
      return rs.next() && rs.getBoolean(1);
    }
  }
}
