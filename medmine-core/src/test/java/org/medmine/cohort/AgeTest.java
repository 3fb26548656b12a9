package org.medmine.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The age in SQL (DuckDB's macro) and in Java agree, birthdays and leap days included. */
class AgeTest {
  @Test
  void sqlAndJavaAgreeOnBirthdaysLeapDaysAndRandomDates() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      EngineFunctions.installDuckDb(c);
      LocalDate[][] cases = {
        {LocalDate.of(2000, 2, 29), LocalDate.of(2001, 2, 28)},
        {LocalDate.of(2000, 2, 29), LocalDate.of(2001, 3, 1)},
        {LocalDate.of(2000, 2, 29), LocalDate.of(2004, 2, 29)},
        {LocalDate.of(1950, 6, 15), LocalDate.of(2020, 6, 14)},
        {LocalDate.of(1950, 6, 15), LocalDate.of(2020, 6, 15)},
        {LocalDate.of(1930, 12, 31), LocalDate.of(2021, 1, 1)},
      };
      int[] expected = {0, 1, 4, 69, 70, 90};
      try (PreparedStatement p =
          c.prepareStatement("SELECT " + Age.sql("CAST(? AS DATE)", "CAST(? AS TIMESTAMP)"))) {
        for (int i = 0; i < cases.length; i++) {
          assertThat(sqlAge(p, cases[i][0], cases[i][1])).as("case %d", i).isEqualTo(expected[i]);
          assertThat(Age.years(cases[i][0], cases[i][1])).as("case %d", i).isEqualTo(expected[i]);
        }
        Random r = new Random(7);
        for (int i = 0; i < 2000; i++) {
          LocalDate birth = LocalDate.ofEpochDay(-25_000 + r.nextInt(50_000));
          LocalDate at = birth.plusDays(r.nextInt(40_000));
          assertThat(sqlAge(p, birth, at))
              .as("%s at %s", birth, at)
              .isEqualTo(Age.years(birth, at));
        }
      }
    }
  }

  private static int sqlAge(PreparedStatement p, LocalDate birth, LocalDate at) throws Exception {
    p.setString(1, birth.toString());
    p.setString(2, at + " 13:45:00");
    try (ResultSet rs = p.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
