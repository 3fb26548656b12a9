package org.medmine.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.cohort.ObservationPeriod.EncounterTimes;
import org.medmine.context.SharedSql;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * On the shared 20-patient Synthea warehouse, the cohort blocks' SQL and Java answers agree patient
 * by patient: observation periods, alive and observed at dates across the data, regions and a
 * SNOMED CT code set; and their SQL keeps to what DuckDB and Spark share.
 */
class CohortBlocksIT {
  @TempDir Path dir;

  @Test
  void sqlAndJavaAgreeOnTheSharedPopulation() throws Exception {
    try (Warehouse w = SmallWarehouse.copy(dir, "w.duckdb")) {
      Connection c = w.connection();
      Map<String, ObservationPeriod> sqlPeriods = new TreeMap<>();
      query(
          c,
          ObservationPeriod.sql(),
          rs ->
              sqlPeriods.put(
                  rs.getString("source") + "/" + rs.getString("patient_id"),
                  new ObservationPeriod(
                      rs.getObject("observation_start", LocalDate.class),
                      rs.getObject("observation_end", LocalDate.class))));
      Map<String, List<EncounterTimes>> encounters = new HashMap<>();
      query(
          c,
          "SELECT source, patient_id, start_time, end_time FROM encounter",
          rs ->
              encounters
                  .computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), k -> new ArrayList<>())
                  .add(new EncounterTimes(time(rs.getTimestamp(3)), time(rs.getTimestamp(4)))));
      Map<String, ObservationPeriod> javaPeriods = new TreeMap<>();
      encounters.forEach(
          (k, v) -> ObservationPeriod.spanning(v).ifPresent(p -> javaPeriods.put(k, p)));
      assertThat(sqlPeriods).hasSizeGreaterThanOrEqualTo(20).isEqualTo(javaPeriods);

      Map<String, LocalDate> deaths = new HashMap<>();
      query(
          c,
          "SELECT source, id, death_time FROM patient",
          rs -> {
            LocalDateTime d = time(rs.getTimestamp(3));
            deaths.put(rs.getString(1) + "/" + rs.getString(2), d == null ? null : d.toLocalDate());
          });
      assertThat(deaths.values())
          .as("the population has someone who died")
          .anyMatch(d -> d != null);
      List<LocalDate> days = new ArrayList<>();
      deaths.values().stream()
          .filter(d -> d != null)
          .forEach(d -> days.addAll(List.of(d.minusDays(1), d, d.plusDays(1))));
      sqlPeriods
          .values()
          .forEach(p -> days.addAll(List.of(p.start(), p.end(), p.end().plusDays(1))));
      String sql =
          "WITH op AS ("
              + ObservationPeriod.sql()
              + ") SELECT p.source, p.id FROM patient p"
              + " LEFT JOIN op ON op.source = p.source AND op.patient_id = p.id"
              + " WHERE "
              + ObservationPeriod.aliveAndObservedSql("op", "p.death_time", "DATE '2000-01-01'");
      assertThat(SharedSql.violations(sql)).isEmpty();
      for (LocalDate day : days) {
        List<String> bySql = new ArrayList<>();
        query(
            c,
            sql.replace("2000-01-01", day.toString()),
            rs -> bySql.add(rs.getString(1) + "/" + rs.getString(2)));
        List<String> byJava =
            deaths.keySet().stream()
                .filter(
                    k -> ObservationPeriod.aliveAndObserved(sqlPeriods.get(k), deaths.get(k), day))
                .toList();
        assertThat(bySql)
            .as("alive and observed on %s", day)
            .containsExactlyInAnyOrderElementsOf(byJava);
      }
      regionsAndCodesAgree(c);
    }
  }

  private static void regionsAndCodesAgree(Connection c) throws SQLException {
    for (Region level : Region.values()) {
      String sql =
          "SELECT " + level.sql("p") + ", p.state, p.county, p.city, p.postal_code FROM patient p";
      assertThat(SharedSql.violations(sql)).isEmpty();
      query(
          c,
          sql,
          rs ->
              assertThat(rs.getString(1))
                  .isEqualTo(
                      level.of(
                          rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))));
    }
    CodeSet respiratory =
        CodeSet.of(CodeSet.SNOMED_CT, List.of("444814009", "10509002", "195662009", "840539006"));
    String sql =
        "SELECT code_system, code, coalesce("
            + respiratory.sql("code", "code_system")
            + ", FALSE) FROM condition";
    assertThat(SharedSql.violations(sql)).isEmpty();
    int[] members = {0};
    query(
        c,
        sql,
        rs -> {
          assertThat(rs.getBoolean(3))
              .as(rs.getString(2))
              .isEqualTo(respiratory.contains(rs.getString(1), rs.getString(2)));
          members[0] += rs.getBoolean(3) ? 1 : 0;
        });
    assertThat(members[0]).as("respiratory conditions in the population").isPositive();
  }

  private interface Row {
    void read(ResultSet rs) throws SQLException;
  }

  private static void query(Connection c, String sql, Row row) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        row.read(rs);
      }
    }
  }

  private static LocalDateTime time(Timestamp t) {
    return t == null ? null : t.toLocalDateTime();
  }
}
