package org.medmine.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Alive at a date, by hand: death on the date, the day before, leap days, no death; SQL and Java
 * agree.
 */
class AliveTest {
  private static final LocalDate LEAP = LocalDate.of(2020, 2, 29);

  @Test
  void deathOnTheDateIsNotAliveTheDayBeforeIs() {
    assertThat(Alive.at(LEAP, LEAP)).isFalse();
    assertThat(Alive.at(LEAP, LEAP.minusDays(1))).isTrue();
    assertThat(Alive.at(LEAP, LEAP.plusDays(1))).isFalse();
    assertThat(Alive.at(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 2, 28))).isTrue();
    assertThat(Alive.at(null, LEAP)).isTrue();
  }

  @Test
  void sqlAgreesWithJavaOnTimestampsOfTheDayOfDeath() throws Exception {
    Object[][] cases = {
      {"2020-02-29 23:59:00", LEAP, false},
      {"2020-02-29 00:00:00", LEAP.minusDays(1), true},
      {"2020-03-01 00:00:01", LEAP, true},
      {null, LEAP, true},
    };
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      for (Object[] k : cases) {
        String deathSql = k[0] == null ? "CAST(NULL AS TIMESTAMP)" : "TIMESTAMP '" + k[0] + "'";
        LocalDate death = k[0] == null ? null : LocalDate.parse(((String) k[0]).substring(0, 10));
        try (ResultSet rs =
            s.executeQuery("SELECT " + Alive.sql(deathSql, "DATE '" + k[1] + "'"))) {
          rs.next();
          assertThat(rs.getBoolean(1)).as("died %s, at %s", k[0], k[1]).isEqualTo(k[2]);
        }
        assertThat(Alive.at(death, (LocalDate) k[1]))
            .as("died %s, at %s", k[0], k[1])
            .isEqualTo(k[2]);
      }
    }
  }
}
