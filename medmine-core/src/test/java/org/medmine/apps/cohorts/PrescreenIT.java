package org.medmine.apps.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.cohort.CohortDefinition;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.context.SharedSql;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * On the shared 20-patient Synthea warehouse, the pre-screening list of a definition holds exactly
 * the patients SQL written here independently finds on the same day (the last encounter day, and a
 * day three years earlier), with the same attrition; each patient's entry row and weight rows are
 * the ones that SQL finds; and the app's SQL keeps to what DuckDB and Spark share.
 */
class PrescreenIT {
  static final String DEFINITION =
      """
      {"name": "respiratory-adults-now",
       "entry": {"domain": "condition", "system": "http://snomed.info/sct",
                 "codes": ["444814009", "195662009", "10509002", "59621000", "15777000", "162864005", "40055000"]},
       "observation": {"daysBefore": 365, "daysAfter": 30},
       "inclusion": [
         {"name": "adult", "minAge": 18},
         {"name": "weighed in the 3 years before", "event": {"domain": "measurement",
           "system": "http://loinc.org", "codes": ["29463-7"]}, "fromDay": -1095, "toDay": 0},
         {"name": "no hypertension", "event": {"domain": "condition",
           "system": "http://snomed.info/sct", "codes": ["59621000"]}, "fromDay": -36500, "toDay": 0,
           "absent": true}]}
      """;

  /**
   * The list on day {@code d}, without medmine's SQL: one row per patient with an entry event up to
   * {@code d}, with each step's verdict in order and the patient's weight rows in the window.
   */
  static String oracle(LocalDate d) {
    String day = "DATE '" + d + "'";
    return ("WITH ent AS (SELECT source, patient_id, CAST(min(onset_time) AS DATE) AS e"
            + " FROM condition WHERE code_system = 'http://snomed.info/sct' AND code IN ("
            + CohortBuildIT.CODES
            + ") AND CAST(onset_time AS DATE) <= "
            + day
            + " GROUP BY source, patient_id),"
            + " obs AS (SELECT source, patient_id, CAST(min(start_time) AS DATE) AS os FROM encounter"
            + " WHERE start_time IS NOT NULL GROUP BY source, patient_id)"
            + " SELECT ent.source || '/' || ent.patient_id AS who, ent.e,"
            + " (p.birth_date <= DAY AND (p.death_time IS NULL OR CAST(p.death_time AS DATE) > DAY)),"
            + " (ent.e - obs.os >= 365),"
            + " (p.birth_date + INTERVAL 18 YEAR <= DAY),"
            + " (SELECT count(*) FROM observation o WHERE o.source = ent.source"
            + " AND o.patient_id = ent.patient_id AND o.code = '29463-7'"
            + " AND CAST(o.effective_time AS DATE) BETWEEN DAY - 1095 AND DAY) AS weighed,"
            + " NOT EXISTS (SELECT 1 FROM condition h WHERE h.source = ent.source"
            + " AND h.patient_id = ent.patient_id AND h.code = '59621000'"
            + " AND CAST(h.onset_time AS DATE) <= DAY),"
            + " (SELECT max(CAST(o.effective_time AS DATE)) FROM observation o WHERE o.source ="
            + " ent.source AND o.patient_id = ent.patient_id AND o.code = '29463-7'"
            + " AND CAST(o.effective_time AS DATE) BETWEEN DAY - 1095 AND DAY) AS latest"
            + " FROM ent JOIN obs ON obs.source = ent.source AND obs.patient_id = ent.patient_id"
            + " JOIN patient p ON p.source = ent.source AND p.id = ent.patient_id ORDER BY who")
        .replace("DAY", day);
  }

  @TempDir Path dir;

  @Test
  void theListHoldsWhatIndependentSqlFindsOnTheDayWithTheRowsThatQualified() throws Exception {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    Path w = dir.resolve("w.duckdb");
    LocalDate last;
    try (Warehouse wh = Warehouse.openExisting(w, true);
        Statement s = wh.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT CAST(max(start_time) AS DATE) FROM encounter")) {
      rs.next();
      last = rs.getObject(1, LocalDate.class);
    }
    List<String> heard = new ArrayList<>();
    PrescreenResult now = screen(w, null, heard);
    assertThat(now.asOf()).isEqualTo(last);
    checkAgainstOracle(w, now);
    assertThat(now.patients()).as("patients on today's list").isNotEmpty();
    PrescreenResult earlier = screen(w, last.minusYears(3), heard);
    checkAgainstOracle(w, earlier);
    assertThat(earlier.patients()).isNotEqualTo(now.patients());
    assertThat(heard.stream().filter(q -> !SharedSql.violations(q).isEmpty()).toList())
        .as("queries outside the SQL DuckDB and Spark share")
        .isEmpty();
  }

  private static PrescreenResult screen(Path w, LocalDate asOf, List<String> heard) {
    PrescreenOptions options =
        new PrescreenOptions(CohortDefinition.parse(DEFINITION, "test"), asOf);
    try (AnalysisContext c = AnalysisContext.open(ContextRequest.of(w).withQueries(heard::add))) {
      return c.run(new PrescreenApp(), options);
    }
  }

  private static void checkAgainstOracle(Path w, PrescreenResult result) throws Exception {
    long[] expected = new long[5];
    Map<String, Object[]> expectedList = new LinkedHashMap<>();
    try (Warehouse wh = Warehouse.openExisting(w, true);
        Statement s = wh.connection().createStatement();
        ResultSet rs = s.executeQuery(oracle(result.asOf()))) {
      while (rs.next()) {
        boolean in = true;
        expected[0]++;
        for (int step = 1; step <= 4; step++) {
          boolean met = step == 4 ? rs.getLong(6) > 0 && rs.getBoolean(7) : rs.getBoolean(step + 2);
          in = in && met;
          expected[step] += in ? 1 : 0;
        }
        if (in) {
          expectedList.put(
              rs.getString(1),
              new Object[] {
                rs.getObject(2, LocalDate.class), rs.getLong(6), rs.getObject(8, LocalDate.class)
              });
        }
      }
    }
    long[] attrition =
        result.attrition().stream().mapToLong(CohortBuildResult.Step::patients).toArray();
    // steps: entry, alive, observed, adult, weighed, no hypertension (the last two folded above)
    assertThat(attrition).hasSize(6);
    assertThat(new long[] {attrition[0], attrition[1], attrition[2], attrition[3], attrition[5]})
        .isEqualTo(expected);
    assertThat(result.patients())
        .extracting(p -> p.source() + "/" + p.patientId())
        .containsExactlyElementsOf(expectedList.keySet());
    for (PrescreenResult.Candidate p : result.patients()) {
      Object[] e = expectedList.get(p.source() + "/" + p.patientId());
      assertThat(p.entryDate()).isEqualTo(e[0]);
      assertThat(p.entry().date()).isEqualTo(e[0]);
      assertThat(p.entry().table()).isEqualTo("condition");
      assertThat(CohortBuildIT.CODES).contains("'" + p.entry().code() + "'");
      assertThat(p.age()).isGreaterThanOrEqualTo(18);
      PrescreenResult.Evidence weighed = p.evidence().get(1);
      assertThat(weighed.kind()).isEqualTo("present");
      assertThat(weighed.count()).isEqualTo(e[1]);
      assertThat(weighed.rows().get(0).date()).isEqualTo(e[2]);
      assertThat(weighed.rows()).hasSizeLessThanOrEqualTo(PrescreenApp.ROWS_SHOWN);
      assertThat(p.evidence().get(2).kind()).isEqualTo("absent");
      assertThat(p.evidence().get(2).rows()).isEmpty();
    }
  }
}
