package org.medmine.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.medmine.model.MedmineUserException;

/**
 * Code sets by hand: codes, ICD-10 prefixes, systems, '_' as a character, injection refused; SQL
 * and Java agree.
 */
class CodeSetTest {
  private static final String ICD10 = "http://hl7.org/fhir/sid/icd-10-cm";
  private static final CodeSet ASTHMA_OR_FLU =
      new CodeSet(ICD10, Set.of("J11.1"), Set.of("J45", "A_1"));
  private static final String[][] ROWS = {
    {ICD10, "J45.909"},
    {ICD10, "J45"},
    {ICD10, "J4"},
    {ICD10, "J11.1"},
    {ICD10, "J11.10"},
    {CodeSet.SNOMED_CT, "J45.909"},
    {null, "J45.909"},
    {ICD10, null},
    {ICD10, "A_1.0"},
    {ICD10, "AB1.0"},
  };
  private static final boolean[] EXPECTED = {
    true, true, false, true, false, false, false, false, true, false
  };

  @Test
  void membershipByHand() {
    for (int i = 0; i < ROWS.length; i++) {
      assertThat(ASTHMA_OR_FLU.contains(ROWS[i][0], ROWS[i][1]))
          .as("row %d", i)
          .isEqualTo(EXPECTED[i]);
    }
    CodeSet anySystem = CodeSet.of(null, List.of("444814009"));
    assertThat(anySystem.contains(null, "444814009")).isTrue();
    assertThat(anySystem.contains(CodeSet.SNOMED_CT, "444814009")).isTrue();
    assertThat(anySystem.sql("x.code", null)).isEqualTo("x.code IN ('444814009')");
  }

  @Test
  void textThatIsNotACodeNeverReachesTheSql() {
    assertThatThrownBy(() -> CodeSet.of(null, List.of("1' OR '1'='1")))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("is not a code");
    assertThatThrownBy(() -> CodeSet.prefixed(null, List.of("J4%")))
        .isInstanceOf(MedmineUserException.class);
    assertThatThrownBy(() -> CodeSet.of("http://x.org/' OR 1=1 --", List.of("1")))
        .isInstanceOf(MedmineUserException.class);
    assertThatThrownBy(() -> CodeSet.of(null, List.of())).isInstanceOf(MedmineUserException.class);
  }

  @Test
  void sqlAgreesWithJava() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE condition (n INTEGER, code_system VARCHAR, code VARCHAR)");
      for (int i = 0; i < ROWS.length; i++) {
        s.execute(
            "INSERT INTO condition VALUES ("
                + i
                + ", "
                + literal(ROWS[i][0])
                + ", "
                + literal(ROWS[i][1])
                + ")");
      }
      String sql =
          "SELECT n, coalesce("
              + ASTHMA_OR_FLU.sql("code", "code_system")
              + ", FALSE) FROM condition ORDER BY n";
      try (ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) {
          int n = rs.getInt(1);
          assertThat(rs.getBoolean(2)).as("row %d", n).isEqualTo(EXPECTED[n]);
        }
      }
    }
  }

  private static String literal(String v) {
    return v == null ? "NULL" : "'" + v + "'";
  }
}
