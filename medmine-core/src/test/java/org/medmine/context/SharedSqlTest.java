package org.medmine.context;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The shared-SQL checker finds what only one engine runs, and lets standard SQL and medmine's
 * functions pass.
 */
class SharedSqlTest {
  @Test
  void standardSqlAndNamedFunctionsPass() {
    assertThat(
            SharedSql.violations(
                """
        WITH e AS (SELECT patient_id, count(*) AS n, min(start_time) AS first FROM encounter GROUP BY patient_id)
        SELECT p.id, coalesce(e.n, 0), mm_age_years(p.birth_date, e.first), CAST(p.id AS STRING),
               row_number() OVER (PARTITION BY p.sex ORDER BY p.id) AS r
        FROM patient p LEFT JOIN e ON e.patient_id = p.id
        WHERE p.id IN (SELECT patient_id FROM condition WHERE code = 'x(y)') AND EXISTS (SELECT 1 FROM claim)
        """))
        .isEmpty();
    assertThat(SharedSql.violations("INSERT INTO patient_link (a, b) SELECT a, b FROM t"))
        .isEmpty();
    assertThat(
            SharedSql.violations("CREATE TEMP TABLE IF NOT EXISTS t (a INTEGER, b DECIMAL(18,2))"))
        .isEmpty();
  }

  @Test
  void duckDbOnlyConstructsAndFunctionsAreNamed() {
    assertThat(SharedSql.violations("SELECT date_diff('day', a, b) FROM t"))
        .containsExactly("function date_diff() is not shared by DuckDB and Spark SQL");
    assertThat(SharedSql.violations("SELECT x::DATE, list_value(1, 2) FROM t"))
        .contains(
            "'::' is not shared by DuckDB and Spark SQL",
            "function list_value() is not shared by DuckDB and Spark SQL");
    assertThat(SharedSql.violations("SELECT CAST(x AS VARCHAR) FROM t")).hasSize(1);
    assertThat(SharedSql.violations("SELECT CAST(x AS VARCHAR(10)) FROM t")).hasSize(1);
    assertThat(SharedSql.violations("SELECT * EXCLUDE (a) FROM t")).hasSize(1);
    assertThat(SharedSql.violations("SELECT a FROM t QUALIFY row_number() OVER () = 1")).hasSize(1);
    assertThat(
            SharedSql.violations(
                "SELECT strftime(t, '%Y') FROM t -- date_diff( in a comment is fine"))
        .hasSize(1);
  }
}
