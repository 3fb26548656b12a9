package org.medmine.apps.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.cohort.CohortDefinition;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.context.SharedSql;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * On the shared 20-patient Synthea warehouse, a cohort built from a definition holds exactly the
 * patients, entry and exit days that SQL written here independently finds, with the same attrition
 * after every rule; a second build changes nothing; a patient whose consent denies secondary use is
 * in no cohort; the app's SQL keeps to what DuckDB and Spark share.
 */
class CohortBuildIT {
  /** Common Synthea conditions (SNOMED CT), so the small population has entries. */
  static final String CODES =
      "'444814009', '195662009', '10509002', '59621000', '15777000', '162864005', '40055000'";

  static final String DEFINITION =
      """
      {"name": "respiratory-adults",
       "entry": {"domain": "condition", "system": "http://snomed.info/sct",
                 "codes": ["444814009", "195662009", "10509002", "59621000", "15777000", "162864005", "40055000"]},
       "observation": {"daysBefore": 365, "daysAfter": 0},
       "inclusion": [
         {"name": "adult", "minAge": 18},
         {"name": "weighed in the 3 years before", "event": {"domain": "measurement",
           "system": "http://loinc.org", "codes": ["29463-7"]}, "fromDay": -1095, "toDay": 0},
         {"name": "no earlier hypertension", "event": {"domain": "condition",
           "system": "http://snomed.info/sct", "codes": ["59621000"]}, "fromDay": -36500, "toDay": -1,
           "absent": true}],
       "exit": {"by": "days", "days": 180}}
      """;

  /** The same cohort, written without medmine's SQL: one row per entry with each rule's verdict. */
  static final String ORACLE =
      "WITH obs AS (SELECT source, patient_id, CAST(min(start_time) AS DATE) AS os,"
          + " CAST(max(coalesce(end_time, start_time)) AS DATE) AS oe FROM encounter"
          + " WHERE start_time IS NOT NULL GROUP BY source, patient_id),"
          + " ent AS (SELECT source, patient_id, CAST(min(onset_time) AS DATE) AS d FROM condition"
          + " WHERE code_system = 'http://snomed.info/sct' AND code IN ("
          + CODES
          + ") AND onset_time IS NOT NULL GROUP BY source, patient_id)"
          + " SELECT ent.source || '/' || ent.patient_id || ' ' || ent.d || ' '"
          + " || least(ent.d + 180, greatest(os, oe)) AS member,"
          + " (ent.d - os >= 365 AND greatest(os, oe) >= ent.d) AS observed,"
          + " (p.birth_date + INTERVAL 18 YEAR <= ent.d) AS adult,"
          + " EXISTS (SELECT 1 FROM observation o WHERE o.source = ent.source AND o.patient_id ="
          + " ent.patient_id AND o.code = '29463-7' AND CAST(o.effective_time AS DATE) BETWEEN ent.d"
          + " - 1095 AND ent.d) AS weighed,"
          + " NOT EXISTS (SELECT 1 FROM condition h WHERE h.source = ent.source AND h.patient_id ="
          + " ent.patient_id AND h.code = '59621000' AND CAST(h.onset_time AS DATE) BETWEEN ent.d"
          + " - 36500 AND ent.d - 1) AS no_htn"
          + " FROM ent JOIN obs ON obs.source = ent.source AND obs.patient_id = ent.patient_id"
          + " JOIN patient p ON p.source = ent.source AND p.id = ent.patient_id";

  static final String MEMBERS =
      "SELECT source || '/' || patient_id || ' ' || cohort_start || ' ' || cohort_end FROM cohort"
          + " WHERE cohort_name = 'respiratory-adults'";

  @TempDir Path dir;

  private static CohortBuildResult build(Path w, List<String> heard) {
    CohortBuildApp app = new CohortBuildApp();
    CohortBuildOptions options =
        new CohortBuildOptions(List.of(CohortDefinition.parse(DEFINITION, "test")));
    try (AnalysisContext c =
        AnalysisContext.open(
            ContextRequest.of(w).withResultTables(app.writes()).withQueries(heard::add))) {
      return c.run(app, options);
    }
  }

  @Test
  void theCohortHoldsWhatIndependentSqlFindsAndABuildIsIdempotent() throws Exception {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    Path w = dir.resolve("w.duckdb");
    List<String> heard = new ArrayList<>();
    CohortBuildResult result = build(w, heard);
    long[] expected = new long[5];
    Set<String> expectedMembers = new TreeSet<>();
    try (Warehouse wh = Warehouse.openExisting(w, true);
        Statement s = wh.connection().createStatement();
        ResultSet rs = s.executeQuery(ORACLE)) {
      while (rs.next()) {
        boolean in = true;
        expected[0]++;
        for (int step = 1; step <= 4; step++) {
          in = in && rs.getBoolean(step + 1);
          expected[step] += in ? 1 : 0;
        }
        if (in) {
          expectedMembers.add(rs.getString(1));
        }
      }
      assertThat(members(wh.connection())).isEqualTo(expectedMembers);
    }
    CohortBuildResult.Built built = result.cohorts().get(0);
    assertThat(built.attrition().stream().mapToLong(CohortBuildResult.Step::patients).toArray())
        .isEqualTo(expected);
    assertThat(expected[0]).as("patients with an entry event").isGreaterThan(expected[4]);
    assertThat(expected[4]).as("members").isPositive().isEqualTo(built.patients());
    assertThat(built.attrition().get(2).rule()).isEqualTo("adult");
    assertThat(heard.stream().filter(q -> !SharedSql.violations(q).isEmpty()).toList())
        .as("queries outside the SQL DuckDB and Spark share")
        .isEmpty();

    build(w, new ArrayList<>());
    try (Warehouse wh = Warehouse.openExisting(w, true)) {
      assertThat(members(wh.connection())).isEqualTo(expectedMembers);
      try (Statement s = wh.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*) FROM cohort")) {
        rs.next();
        assertThat(rs.getLong(1)).as("rows after a second build").isEqualTo(expected[4]);
      }
    }
  }

  @Test
  void aPatientWhoseConsentDeniesSecondaryUseIsInNoCohort() throws Exception {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    Path w = dir.resolve("w.duckdb");
    long before = build(w, new ArrayList<>()).cohorts().get(0).patients();
    String denier;
    try (Warehouse wh = Warehouse.open(w);
        Statement s = wh.connection().createStatement()) {
      try (ResultSet rs =
          s.executeQuery("SELECT min(source), min(patient_id) FROM cohort GROUP BY patient_id")) {
        rs.next();
        denier = rs.getString(2);
        s.execute(
            "INSERT INTO consent (source, id, patient_id, status, scope_code, decision) VALUES ('"
                + rs.getString(1)
                + "', 'deny-1', '"
                + denier
                + "', 'active', 'research', 'deny')");
      }
    }
    assertThat(build(w, new ArrayList<>()).cohorts().get(0).patients()).isEqualTo(before - 1);
    try (Warehouse wh = Warehouse.openExisting(w, true);
        Statement s = wh.connection().createStatement();
        ResultSet rs =
            s.executeQuery("SELECT count(*) FROM cohort WHERE patient_id = '" + denier + "'")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
    }
  }

  private static Set<String> members(Connection c) throws Exception {
    Set<String> out = new TreeSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(MEMBERS)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
