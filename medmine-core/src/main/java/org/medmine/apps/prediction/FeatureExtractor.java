package org.medmine.apps.prediction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.medmine.apps.prediction.StudyDefinition.Covariates;
import org.medmine.mining.nlp.Assertion;
import org.medmine.mining.nlp.ContextJudgement;
import org.medmine.mining.nlp.Experiencer;
import org.medmine.mining.predict.FeatureMatrix;

/**
 * Covariates of a cohort's index events, in SQL over the warehouse (the SQL DuckDB and Spark share,
 * with medmine's named date functions). Every covariate reads only what was known at the index:
 * events whose time is at or before the index time (and, for windowed families, no earlier than the
 * window's start), and encounters that ended by then. Families: demographics (age in completed
 * years at the index, sex, race, ethnicity); condition, drug and procedure indicators per look-back
 * window; prior inpatient and emergency visit counts; length of stay and an acute (via emergency)
 * admission flag; the Charlson index; the last value of key labs in 365 days (NaN when none);
 * concepts of notes per look-back window ({@code notes}: the rows of {@code note_concept} that
 * {@code medmine nlp} wrote, affirmed and experienced by the patient, recent or historical, never
 * negated, possible, hypothetical or of a family member or someone else: "denies chest pain" is not
 * chest pain; {@link ContextJudgement#isAssertedOfPatient}), used only when that table exists.
 * Indicators present in fewer than {@code minCount} index events are dropped (unsupervised:
 * outcomes are not looked at).
 *
 * <p>The index events are loaded into the session's temporary table {@code study_cohort} ({@code
 * row_id} is the event's position), which every covariate query joins.
 */
public final class FeatureExtractor {
  /** The LACE inputs, always extracted (they also feed the baseline). */
  public static final String LOS = "length of stay (days)";

  public static final String ACUTE = "acute admission (via emergency)";
  public static final String CHARLSON = "Charlson index";
  public static final String ED_180 = "emergency visits 180d";

  private static final String VISITS =
      "SELECT k.row_id, '%s', count(x.id) FROM study_cohort k LEFT JOIN encounter x"
          + " ON x.source = k.source AND x.patient_id = k.patient_id AND x.id <> k.encounter_id AND x.class_code = '%s'"
          + " AND x.start_time < k.admit_time AND coalesce(x.end_time, x.start_time) <= k.index_time"
          + " AND x.start_time >= k.index_time - INTERVAL %d DAY GROUP BY k.row_id";

  /** Covariate values by name, then by row: fixed columns in the order read, indicators by name. */
  private record Columns(
      Map<String, Map<Integer, Double>> fixed, Map<String, Map<Integer, Double>> indicators) {
    Columns() {
      this(new LinkedHashMap<>(), new TreeMap<>());
    }
  }

  private FeatureExtractor() {}

  /** The feature matrix of {@code events} (rows in the same order). */
  public static FeatureMatrix extract(
      Connection c, StudyDefinition study, List<IndexEvent> events) {
    return extract(c, study, events, Set.of());
  }

  /**
   * As {@link #extract(Connection, StudyDefinition, List)}, keeping the indicators in {@code keep}
   * however rare.
   */
  public static FeatureMatrix extract(
      Connection c, StudyDefinition study, List<IndexEvent> events, Set<String> keep) {
    Covariates cov = study.covariates();
    Columns cols = new Columns();
    try (Statement s = c.createStatement()) {
      load(c, events);
      if (cov.has("demographics")) {
        demographics(s, cols);
      }
      for (int w : cov.windowsDays()) {
        windowed(s, cov, w, cols.indicators());
      }
      read(s, VISITS.formatted(ED_180, "EMER", 180), cols.fixed());
      if (cov.has("visits")) {
        read(s, VISITS.formatted("inpatient visits 365d", "IMP", 365), cols.fixed());
        read(s, VISITS.formatted("emergency visits 365d", "EMER", 365), cols.fixed());
      }
      admission(s, cols.fixed());
      if (cov.has("labs")) {
        for (String loinc : cov.labs()) {
          read(s, lastLab(loinc), cols.fixed());
        }
      }
      s.execute("DROP TABLE study_cohort");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "the covariates of study " + study.name() + " could not be extracted", e);
    }
    cols.indicators()
        .entrySet()
        .removeIf(e -> e.getValue().size() < cov.minCount() && !keep.contains(e.getKey()));
    return matrix(cols, events.size());
  }

  private static void demographics(Statement s, Columns cols) throws SQLException {
    read(s, "SELECT row_id, 'age', age FROM study_cohort", cols.fixed());
    read(
        s,
        "SELECT row_id, 'sex=female', CASE WHEN sex = 'female' THEN 1 ELSE 0 END FROM study_cohort",
        cols.fixed());
    read(
        s,
        "SELECT row_id, 'ethnicity=hispanic', CASE WHEN ethnicity = 'hispanic' THEN 1 ELSE 0 END FROM study_cohort",
        cols.fixed());
    read(
        s,
        "SELECT row_id, 'race=' || coalesce(race, 'unknown'), 1 FROM study_cohort",
        cols.indicators());
  }

  /** Condition, drug and procedure indicators of the {@code days} before the index. */
  private static void windowed(
      Statement s, Covariates cov, int days, Map<String, Map<Integer, Double>> into)
      throws SQLException {
    String window =
        " AND x.%s <= k.index_time AND x.%s >= k.index_time - INTERVAL " + days + " DAY";
    if (cov.has("conditions")) {
      read(
          s,
          family(
              "condition " + days + "d: ",
              "condition",
              window.formatted("onset_time", "onset_time")),
          into);
    }
    if (cov.has("drugs")) {
      read(
          s,
          family(
              "drug " + days + "d: ", "medication", window.formatted("start_time", "start_time")),
          into);
    }
    if (cov.has("procedures")) {
      read(
          s,
          family(
              "procedure " + days + "d: ",
              "procedure",
              window.formatted("start_time", "start_time")),
          into);
    }
    if (cov.has("notes") && hasTable(s, "note_concept")) {
      read(s, notes(days), into);
    }
  }

  /**
   * The concepts asserted of the patient in notes written in the {@code days} before the index: the
   * SQL of {@link ContextJudgement#isAssertedOfPatient}, whatever the temporality (a history of
   * heart failure is the patient's).
   */
  static String notes(int days) {
    return "SELECT DISTINCT k.row_id, 'note "
        + days
        + "d: ' || n.concept || ' [' || coalesce(n.code, n.concept_id) || ']', 1"
        + " FROM study_cohort k JOIN note_concept n ON n.source = k.source AND n.patient_id = k.patient_id"
        + " JOIN note x ON x.source = n.source AND x.id = n.note_id"
        + " WHERE n.assertion = '"
        + Assertion.AFFIRMED.label()
        + "' AND n.experiencer = '"
        + Experiencer.PATIENT.label()
        + "' AND x.note_time <= k.index_time AND x.note_time >= k.index_time - INTERVAL "
        + days
        + " DAY";
  }

  private static boolean hasTable(Statement s, String table) throws SQLException {
    try (ResultSet rs =
        s.executeQuery(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = '" + table + "'")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  /** The LACE inputs of the index admission: length of stay, acute admission, Charlson index. */
  private static void admission(Statement s, Map<String, Map<Integer, Double>> fixed)
      throws SQLException {
    read(
        s,
        "SELECT row_id, '" + LOS + "', mm_days_between(admit_time, index_time) FROM study_cohort",
        fixed);
    read(
        s,
        "SELECT k.row_id, '"
            + ACUTE
            + "', CASE WHEN count(x.id) > 0 THEN 1 ELSE 0 END FROM study_cohort k"
            + " LEFT JOIN encounter x ON x.source = k.source AND x.patient_id = k.patient_id AND x.class_code = 'EMER'"
            + " AND x.id <> k.encounter_id AND x.start_time <= k.admit_time AND x.start_time >= k.admit_time - INTERVAL 1 DAY"
            + " GROUP BY k.row_id",
        fixed);
    read(
        s,
        "SELECT k.row_id, '"
            + CHARLSON
            + "', coalesce(sum(g.w), 0) FROM study_cohort k LEFT JOIN ("
            + " SELECT k2.row_id, ch.grp, max(ch.weight) AS w FROM study_cohort k2 JOIN condition x ON x.source = k2.source"
            + " AND x.patient_id = k2.patient_id AND x.onset_time <= k2.index_time"
            + " JOIN ("
            + CharlsonIndex.rows()
            + ") ch ON ch.code = x.code"
            + " GROUP BY k2.row_id, ch.grp) g ON g.row_id = k.row_id GROUP BY k.row_id",
        fixed);
  }

  /** The last value of the lab {@code loinc} in the 365 days before the index. */
  private static String lastLab(String loinc) {
    return "SELECT k.row_id, 'last ' || coalesce(max(x.code_display), '"
        + loinc
        + "') || ' 365d',"
        + " max_by(x.value_number, x.effective_time)"
        + " FROM study_cohort k JOIN observation x ON x.source = k.source AND x.patient_id = k.patient_id"
        + " AND x.code = '"
        + loinc.replace("'", "")
        + "' AND x.value_number IS NOT NULL"
        + " AND x.effective_time <= k.index_time AND x.effective_time >= k.index_time - INTERVAL 365 DAY GROUP BY k.row_id";
  }

  /**
   * The matrix: fixed columns first, then the indicators; a missing lab is NaN, any other missing
   * value 0.
   */
  private static FeatureMatrix matrix(Columns cols, int size) {
    List<String> names = new ArrayList<>(cols.fixed().keySet());
    names.addAll(cols.indicators().keySet());
    double[][] rows = new double[size][names.size()];
    for (int j = 0; j < names.size(); j++) {
      String name = names.get(j);
      Map<Integer, Double> col =
          cols.fixed().containsKey(name) ? cols.fixed().get(name) : cols.indicators().get(name);
      double missing = name.startsWith("last ") ? Double.NaN : 0;
      for (int i = 0; i < rows.length; i++) {
        rows[i][j] = col.getOrDefault(i, missing);
      }
    }
    return new FeatureMatrix(names, rows);
  }

  private static String family(String prefix, String table, String window) {
    return "SELECT DISTINCT k.row_id, '"
        + prefix
        + "' || coalesce(x.code_display, x.code) || ' [' || x.code || ']', 1"
        + " FROM study_cohort k JOIN "
        + table
        + " x ON x.source = k.source AND x.patient_id = k.patient_id"
        + window;
  }

  private static void read(Statement s, String sql, Map<String, Map<Integer, Double>> into)
      throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        double v = rs.getDouble(3);
        into.computeIfAbsent(rs.getString(2), k -> new HashMap<>())
            .put(rs.getInt(1), rs.wasNull() ? Double.NaN : v);
      }
    }
  }

  private static void load(Connection c, List<IndexEvent> events) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE study_cohort (row_id INTEGER, source STRING, patient_id STRING,"
              + " encounter_id STRING, admit_time TIMESTAMP, index_time TIMESTAMP, age INTEGER, sex STRING, race STRING,"
              + " ethnicity STRING)");
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO study_cohort VALUES (?, ?, ?, ?, CAST(? AS TIMESTAMP),"
                + " CAST(? AS TIMESTAMP), ?, ?, ?, ?)")) {
      for (int i = 0; i < events.size(); i++) {
        IndexEvent e = events.get(i);
        p.setInt(1, i);
        p.setString(2, e.source());
        p.setString(3, e.patientId());
        p.setString(4, e.encounterId());
        p.setString(5, e.admitTime().toString().replace('T', ' '));
        p.setString(6, e.indexTime().toString().replace('T', ' '));
        p.setInt(7, e.ageYears());
        p.setString(8, e.sex());
        p.setString(9, e.race());
        p.setString(10, e.ethnicity());
        p.addBatch();
      }
      p.executeBatch();
    }
  }
}
