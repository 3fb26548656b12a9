package org.medmine.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.medmine.cohort.ObservationPeriod.EncounterTimes;

/**
 * Observation periods by hand (no events, open encounters, leap days, an end before its start); SQL
 * and Java agree.
 */
class ObservationPeriodTest {
  private static LocalDateTime t(String s) {
    return s == null ? null : LocalDateTime.parse(s);
  }

  /** Patient -> encounters (start, end). */
  private static final Map<String, List<String[]>> ENCOUNTERS =
      new TreeMap<>(
          Map.of(
              "leap",
                  List.<String[]>of(
                      new String[] {"2020-02-29T09:00", "2020-03-01T02:00"},
                      new String[] {"2019-05-01T10:00", null}),
              "open", List.<String[]>of(new String[] {"2021-06-30T23:00", null}),
              "undated", List.<String[]>of(new String[] {null, "2021-01-01T00:00"}),
              "backwards",
                  List.<String[]>of(new String[] {"2022-01-10T08:00", "2022-01-09T08:00"})));

  private static List<EncounterTimes> times(String patient) {
    List<EncounterTimes> out = new ArrayList<>();
    ENCOUNTERS.get(patient).forEach(e -> out.add(new EncounterTimes(t(e[0]), t(e[1]))));
    return out;
  }

  @Test
  void periodsByHand() {
    ObservationPeriod leap = ObservationPeriod.spanning(times("leap")).orElseThrow();
    assertThat(leap)
        .isEqualTo(new ObservationPeriod(LocalDate.of(2019, 5, 1), LocalDate.of(2020, 3, 1)));
    assertThat(leap.contains(LocalDate.of(2019, 5, 1))).isTrue();
    assertThat(leap.contains(LocalDate.of(2020, 3, 1))).isTrue();
    assertThat(leap.contains(LocalDate.of(2020, 3, 2))).isFalse();
    assertThat(leap.contains(LocalDate.of(2019, 4, 30))).isFalse();
    assertThat(ObservationPeriod.spanning(times("open")))
        .contains(new ObservationPeriod(LocalDate.of(2021, 6, 30), LocalDate.of(2021, 6, 30)));
    assertThat(ObservationPeriod.spanning(times("undated"))).isEmpty();
    assertThat(ObservationPeriod.spanning(List.of())).isEmpty();
    assertThat(ObservationPeriod.spanning(times("backwards")))
        .contains(new ObservationPeriod(LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 10)));
  }

  @Test
  void aliveAndObservedByHand() {
    ObservationPeriod p =
        new ObservationPeriod(LocalDate.of(2019, 5, 1), LocalDate.of(2020, 2, 29));
    LocalDate leap = LocalDate.of(2020, 2, 29);
    assertThat(ObservationPeriod.aliveAndObserved(p, null, leap)).isTrue();
    assertThat(ObservationPeriod.aliveAndObserved(p, leap, leap)).as("died on the date").isFalse();
    assertThat(ObservationPeriod.aliveAndObserved(p, leap, leap.minusDays(1))).isTrue();
    assertThat(ObservationPeriod.aliveAndObserved(p, null, leap.plusDays(1)))
        .as("after the period")
        .isFalse();
    assertThat(ObservationPeriod.aliveAndObserved(null, null, leap)).as("no events").isFalse();
  }

  @Test
  void sqlAgreesWithJava() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE encounter (source VARCHAR, patient_id VARCHAR, start_time TIMESTAMP, end_time TIMESTAMP)");
      for (var e : ENCOUNTERS.entrySet()) {
        for (String[] times : e.getValue()) {
          s.execute(
              "INSERT INTO encounter VALUES ('s', '"
                  + e.getKey()
                  + "', "
                  + literal(times[0])
                  + ", "
                  + literal(times[1])
                  + ")");
        }
      }
      Map<String, ObservationPeriod> sql = new TreeMap<>();
      try (ResultSet rs = s.executeQuery(ObservationPeriod.sql())) {
        while (rs.next()) {
          sql.put(
              rs.getString("patient_id"),
              new ObservationPeriod(
                  rs.getObject("observation_start", LocalDate.class),
                  rs.getObject("observation_end", LocalDate.class)));
        }
      }
      Map<String, ObservationPeriod> java = new TreeMap<>();
      ENCOUNTERS
          .keySet()
          .forEach(k -> ObservationPeriod.spanning(times(k)).ifPresent(p -> java.put(k, p)));
      assertThat(sql).isEqualTo(java).containsOnlyKeys("leap", "open", "backwards");
    }
  }

  private static String literal(String v) {
    return v == null ? "NULL" : "'" + v.replace('T', ' ') + "'";
  }
}
