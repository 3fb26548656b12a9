package org.medmine.apps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.apps.operations.ForecastApp;
import org.medmine.apps.operations.ForecastOptions;
import org.medmine.apps.operations.ForecastResult;
import org.medmine.apps.qi.SpcApp;
import org.medmine.apps.qi.SpcOptions;
import org.medmine.apps.qi.SpcResult;
import org.medmine.apps.surveillance.SpaceTimeScanApp;
import org.medmine.apps.surveillance.SpaceTimeScanOptions;
import org.medmine.apps.surveillance.SpaceTimeScanResult;
import org.medmine.apps.surveillance.SurveilApp;
import org.medmine.apps.surveillance.SurveilOptions;
import org.medmine.apps.surveillance.SurveilResult;
import org.medmine.apps.surveillance.SyndromeQuery;
import org.medmine.cohort.Region;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.context.AppResult;
import org.medmine.context.ContextRequest;
import org.medmine.context.SharedSql;
import org.medmine.mining.timeseries.Granularity;
import org.medmine.testing.SmallWarehouse;

/**
 * The time-series apps (surveillance, forecasting, control charts) run through an {@link
 * AnalysisContext} on the shared 20-patient warehouse, and every SQL statement they run keeps to
 * what DuckDB and Spark SQL share ({@link SharedSql}): the list the Spark engine will run too.
 */
class TimeSeriesQueriesIT {
  @TempDir static Path dir;
  static Path warehouse;

  @BeforeAll
  static void copy() {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    warehouse = dir.resolve("w.duckdb");
  }

  /**
   * Runs {@code app} in a fresh context; returns the result and, by statement, what SharedSql says
   * of it.
   */
  private static <O extends Record, R extends AppResult> R run(
      App<O, R> app, O options, Map<String, List<String>> heard) {
    List<String> statements = new ArrayList<>();
    R result;
    try (AnalysisContext context =
        AnalysisContext.open(ContextRequest.of(warehouse).withQueries(statements::add))) {
      result = context.run(app, options);
    }
    statements.forEach(sql -> heard.put(sql, SharedSql.violations(sql)));
    return result;
  }

  @Test
  void surveillanceQueriesAreSharedSql() {
    Map<String, List<String>> heard = new LinkedHashMap<>();
    SurveilResult all = run(new SurveilApp(), SurveilOptions.demo(), heard);
    SyndromeQuery byState =
        new SyndromeQuery(
            "respiratory",
            SyndromeQuery.RESPIRATORY,
            Granularity.DAY,
            Region.STATE,
            "18-64",
            LocalDate.of(2010, 1, 1),
            LocalDate.of(2024, 12, 31));
    run(new SurveilApp(), new SurveilOptions(null, byState, List.of("ears-c2"), 0.5, 8), heard);
    assertThat(all.rows()).isNotEmpty();
    assertThat(heard.keySet())
        .as("the events, the end of the data and the population were queried")
        .anyMatch(q -> q.contains("FROM condition"))
        .anyMatch(q -> q.contains("MAX(start_time)"))
        .anyMatch(q -> q.contains("birth_date, p.death_time"));
    assertThat(heard).allSatisfy((sql, violations) -> assertThat(violations).as(sql).isEmpty());
  }

  @Test
  void spaceTimeScanQueriesAreSharedSql() {
    Map<String, List<String>> heard = new LinkedHashMap<>();
    SyndromeQuery zip3 =
        new SyndromeQuery(
            "respiratory",
            SyndromeQuery.RESPIRATORY,
            Granularity.WEEK,
            org.medmine.cohort.Region.ZIP3,
            null,
            null,
            null);
    SpaceTimeScanResult r =
        run(
            new SpaceTimeScanApp(),
            new SpaceTimeScanOptions(
                null,
                zip3,
                SpaceTimeScanOptions.Statistic.POISSON,
                19,
                1,
                null,
                0.5,
                4,
                0.05,
                false),
            heard);
    assertThat(r.regions()).hasSizeGreaterThan(1);
    assertThat(heard.keySet())
        .as("the events by ZIP3 and the population")
        .anyMatch(q -> q.contains("substr(p.postal_code, 1, 3)"))
        .anyMatch(q -> q.contains("birth_date, p.death_time"));
    assertThat(heard).allSatisfy((sql, violations) -> assertThat(violations).as(sql).isEmpty());
  }

  @Test
  void forecastQueriesAreSharedSql() {
    Map<String, List<String>> heard = new LinkedHashMap<>();
    ForecastOptions eight =
        new ForecastOptions(null, false, 28, 0.8, 8, null, 4, ForecastOptions.Source.ENCOUNTERS);
    ForecastResult r = run(new ForecastApp(), eight, heard);
    assertThat(r.rows()).isNotEmpty();
    assertThat(heard.keySet())
        .anyMatch(q -> q.contains("FROM encounter WHERE (class_code IN ('IMP'"));
    assertThat(heard).allSatisfy((sql, violations) -> assertThat(violations).as(sql).isEmpty());
  }

  @Test
  void controlChartQueriesAreSharedSql() {
    Map<String, List<String>> heard = new LinkedHashMap<>();
    SpcResult r = run(new SpcApp(), SpcOptions.DEFAULTS, heard);
    assertThat(r.charts())
        .hasSize(4); // readmission (p), ED visits (u), length of stay (X and moving range)
    assertThat(heard.keySet())
        .as("the three measures, the population and the end of the data")
        .anyMatch(q -> q.contains("count(r.id)"))
        .anyMatch(q -> q.contains("class_code = 'EMER'"))
        .anyMatch(q -> q.contains("mm_hours_between"))
        .anyMatch(q -> q.contains("FROM patient WHERE birth_date <= ?"))
        .anyMatch(q -> q.contains("MAX(start_time)"));
    assertThat(heard).allSatisfy((sql, violations) -> assertThat(violations).as(sql).isEmpty());
  }
}
