package org.medmine.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.medmine.model.MedmineUserException;

/**
 * Region levels by hand (missing parts are "unknown", a short ZIP stays short); SQL and Java agree.
 */
class RegionTest {
  private static final String[][] ADDRESSES = {
    {"Massachusetts", "Suffolk County", "Boston", "02134"},
    {null, null, null, null},
    {"Ohio", null, "Akron", "44"},
  };

  @Test
  void javaRegionsByHand() {
    assertThat(Region.ZIP3.of("Massachusetts", "Suffolk County", "Boston", "02134"))
        .isEqualTo("021");
    assertThat(Region.ZIP3.of("Ohio", null, "Akron", "44")).isEqualTo("44");
    assertThat(Region.COUNTY.of("Ohio", null, "Akron", "44")).isEqualTo("unknown");
    assertThat(Region.NONE.of(null, null, null, null)).isEqualTo("all");
    assertThat(Region.parse("Zip3")).isEqualTo(Region.ZIP3);
    assertThatThrownBy(() -> Region.parse("country"))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("--region");
  }

  @Test
  void sqlAgreesWithJavaOnEveryLevel() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE patient (n INTEGER, state VARCHAR, county VARCHAR, city VARCHAR, postal_code VARCHAR)");
      for (int i = 0; i < ADDRESSES.length; i++) {
        String[] a = ADDRESSES[i];
        s.execute(
            "INSERT INTO patient VALUES ("
                + i
                + ", "
                + literal(a[0])
                + ", "
                + literal(a[1])
                + ", "
                + literal(a[2])
                + ", "
                + literal(a[3])
                + ")");
      }
      for (Region level : Region.values()) {
        try (ResultSet rs =
            s.executeQuery("SELECT n, " + level.sql("p") + " FROM patient p ORDER BY n")) {
          while (rs.next()) {
            String[] a = ADDRESSES[rs.getInt(1)];
            assertThat(rs.getString(2))
                .as("%s of row %d", level, rs.getInt(1))
                .isEqualTo(level.of(a[0], a[1], a[2], a[3]));
          }
        }
      }
    }
  }

  private static String literal(String v) {
    return v == null ? "NULL" : "'" + v + "'";
  }
}
