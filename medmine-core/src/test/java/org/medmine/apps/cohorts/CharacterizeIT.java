package org.medmine.apps.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.cohort.Age;
import org.medmine.cohort.CohortDefinition;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.context.SharedSql;
import org.medmine.model.MedmineUserException;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * On the shared Synthea warehouse, the table 1 of two built cohorts agrees with counts taken here
 * from the cohort table by independent SQL: members, mean age at entry, the share of women and its
 * SMD worked from those counts, and the prevalence of the top condition of the year before entry.
 */
class CharacterizeIT {
  static final String ENTRY =
      "\"entry\": {\"domain\": \"condition\", \"system\": \"http://snomed.info/sct\", \"codes\":"
          + " [\"444814009\", \"195662009\", \"10509002\", \"40055000\"]}";

  @TempDir Path dir;

  @Test
  void tableOneAgreesWithIndependentCounts() throws Exception {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    Path w = dir.resolve("w.duckdb");
    CohortBuildApp build = new CohortBuildApp();
    List<CohortDefinition> defs =
        List.of(
            CohortDefinition.parse("{\"name\": \"all-ages\", " + ENTRY + "}", "a"),
            CohortDefinition.parse(
                "{\"name\": \"children\", "
                    + ENTRY
                    + ", \"inclusion\": [{\"name\": \"child\", \"maxAge\": 17}]}",
                "b"));
    try (AnalysisContext c =
        AnalysisContext.open(ContextRequest.of(w).withResultTables(build.writes()))) {
      c.run(build, new CohortBuildOptions(defs));
    }
    List<String> heard = new ArrayList<>();
    CharacterizeResult r;
    try (AnalysisContext c = AnalysisContext.open(ContextRequest.of(w).withQueries(heard::add))) {
      r = c.run(new CharacterizeApp(), new CharacterizeOptions("all-ages", "children"));
      assertThatThrownBy(
              () -> c.run(new CharacterizeApp(), new CharacterizeOptions("nobody", null)))
          .isInstanceOf(MedmineUserException.class)
          .hasMessageContaining("'nobody'");
    }
    try (Warehouse wh = Warehouse.openExisting(w, true);
        Statement s = wh.connection().createStatement()) {
      long[] n = new long[2];
      long[] women = new long[2];
      double ageSum = 0;
      try (ResultSet rs =
          s.executeQuery(
              "SELECT c.cohort_name, p.sex, p.birth_date, c.cohort_start FROM cohort c JOIN"
                  + " patient p ON p.source = c.source AND p.id = c.patient_id")) {
        while (rs.next()) {
          int i = rs.getString(1).equals("all-ages") ? 0 : 1;
          n[i]++;
          women[i] += "female".equals(rs.getString(2)) ? 1 : 0;
          if (i == 0) {
            ageSum += Age.years(rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class));
          }
        }
      }
      assertThat(r.patients()).isEqualTo(n[0]).isGreaterThan(n[1]);
      assertThat(r.comparePatients()).isEqualTo(n[1]).isPositive();
      CharacterizeResult.Covariate age = r.covariates().get(0);
      assertThat(age.target()).isCloseTo(ageSum / n[0], within(1e-9));
      assertThat(age.smd()).as("adults and children differ in age").isGreaterThan(0.5);
      double p1 = (double) women[0] / n[0];
      double p2 = (double) women[1] / n[1];
      CharacterizeResult.Covariate female = covariate(r, "sex = female");
      assertThat(female.target()).isCloseTo(p1, within(1e-12));
      assertThat(female.compare()).isCloseTo(p2, within(1e-12));
      assertThat(female.smd())
          .isCloseTo((p1 - p2) / Math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / 2), within(1e-12));
      CharacterizeResult.Covariate top =
          r.covariates().stream().filter(x -> x.group().equals("condition")).findFirst().get();
      String code = top.covariate().split("\\|")[1];
      try (ResultSet rs =
          s.executeQuery(
              "SELECT count(DISTINCT c.patient_id) FROM cohort c JOIN condition x ON x.source ="
                  + " c.source AND x.patient_id = c.patient_id WHERE c.cohort_name = 'all-ages'"
                  + " AND x.code = '"
                  + code
                  + "' AND CAST(x.onset_time AS DATE) BETWEEN c.cohort_start - 365 AND"
                  + " c.cohort_start")) {
        rs.next();
        assertThat(top.target()).isCloseTo((double) rs.getLong(1) / n[0], within(1e-12));
        assertThat(rs.getLong(1)).isPositive();
      }
    }
    assertThat(heard.stream().filter(q -> !SharedSql.violations(q).isEmpty()).toList())
        .as("queries outside the SQL DuckDB and Spark share")
        .isEmpty();
  }

  /**
   * Planted cohorts: A enters 2020-01-01, exits 2020-12-31 and has the outcome on 2020-07-01 (183
   * days at risk, both ends counted); B is at risk 2020-01-01 to 2021-01-01 (367 days) without it;
   * C had the outcome before entry and is left out. A is a man born 1990-01-01 (18-44). One event
   * in 550 days: 664.09 per 1,000 person-years, Garwood 95% 16.81 to 3,700. B, born 1975-03-15,
   * turns 45 during follow-up and crosses into 2021: 74 days (2020-01-01 to 03-14) at 18-44, 292
   * days at 45-64 in 2020 and one day at 45-64 in 2021.
   */
  @Test
  void incidenceOfAnOutcomeCohortWithinATargetWorkedByHand() throws Exception {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    Path w = dir.resolve("w.duckdb");
    List<String> ids = new ArrayList<>();
    try (Warehouse wh = Warehouse.open(w);
        Statement s = wh.connection().createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT source, id FROM patient ORDER BY id LIMIT 3")) {
        while (rs.next()) {
          ids.add("'" + rs.getString(1) + "', '" + rs.getString(2) + "'");
        }
      }
      s.execute(
          "INSERT INTO cohort VALUES ('t', "
              + ids.get(0)
              + ", DATE '2020-01-01', DATE '2020-12-31'), ('t', "
              + ids.get(1)
              + ", DATE '2020-01-01', DATE '2021-01-01'), ('t', "
              + ids.get(2)
              + ", DATE '2019-06-01', DATE '2019-12-31'), ('o', "
              + ids.get(0)
              + ", DATE '2020-07-01', DATE '2020-07-02'), ('o', "
              + ids.get(2)
              + ", DATE '2019-01-01', DATE '2019-01-01')");
      s.execute(
          "UPDATE patient SET birth_date = DATE '1990-01-01', sex = 'male' WHERE (source, id) ="
              + " ("
              + ids.get(0)
              + ")");
      s.execute(
          "UPDATE patient SET birth_date = DATE '1975-03-15', sex = 'female' WHERE (source, id) ="
              + " ("
              + ids.get(1)
              + ")");
    }
    List<String> heard = new ArrayList<>();
    CharacterizeResult r;
    try (AnalysisContext c = AnalysisContext.open(ContextRequest.of(w).withQueries(heard::add))) {
      r = c.run(new CharacterizeApp(), new CharacterizeOptions("t", null, "o"));
    }
    List<CharacterizeResult.Incidence> strata = r.incidence().subList(0, r.incidence().size() - 1);
    assertThat(strata.stream().mapToLong(i -> i.rate().events()).sum()).isEqualTo(1);
    assertThat(strata.stream().mapToDouble(i -> i.rate().personYears()).sum())
        .isCloseTo(550 / 365.25, within(1e-9));
    assertThat(strata.stream().filter(i -> i.year() == 2021).toList())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.sex()).isEqualTo("female");
              assertThat(i.ageBand()).isEqualTo("45-64");
              assertThat(i.rate().personYears()).isCloseTo(1 / 365.25, within(1e-12));
              assertThat(i.rate().events()).isZero();
            });
    assertThat(days(strata, "female", "18-44", 2020)).isEqualTo(74);
    assertThat(days(strata, "female", "45-64", 2020)).isEqualTo(292);
    assertThat(days(strata, "male", "18-44", 2020)).isEqualTo(183);
    assertThat(strata).hasSize(4);
    IncidenceRate all = r.incidence().get(r.incidence().size() - 1).rate();
    assertThat(r.incidence().get(r.incidence().size() - 1).sex()).isEqualTo("all");
    assertThat(all.events()).isEqualTo(1);
    assertThat(all.rate()).isCloseTo(1000 * 365.25 / 550, within(1e-9));
    assertThat(all.lower()).isCloseTo(0.025318 * 1000 * 365.25 / 550, within(1e-3));
    assertThat(all.upper()).isCloseTo(5.571643 * 1000 * 365.25 / 550, within(1e-3));
    assertThat(heard.stream().filter(q -> !SharedSql.violations(q).isEmpty()).toList())
        .as("queries outside the SQL DuckDB and Spark share")
        .isEmpty();
  }

  /** The days at risk of one stratum (0 when it has none). */
  private static long days(
      List<CharacterizeResult.Incidence> strata, String sex, String band, int year) {
    return Math.round(
        strata.stream()
                .filter(i -> i.sex().equals(sex) && i.ageBand().equals(band) && i.year() == year)
                .mapToDouble(i -> i.rate().personYears())
                .sum()
            * 365.25);
  }

  private static CharacterizeResult.Covariate covariate(CharacterizeResult r, String name) {
    return r.covariates().stream().filter(c -> c.covariate().equals(name)).findFirst().get();
  }
}
