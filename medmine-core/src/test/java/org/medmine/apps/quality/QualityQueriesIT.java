package org.medmine.apps.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.context.SharedSql;
import org.medmine.testing.SmallWarehouse;

/**
 * The quality app through an analysis context on the 20-patient warehouse: every statement it runs
 * (the unit standardization, the profile of every table, every check of the built-in catalogue)
 * stays within the SQL DuckDB and Spark SQL share, and the run did its work (values standardized,
 * tables profiled, checks run without error).
 */
class QualityQueriesIT {
  @TempDir Path dir;

  @Test
  void everyQueryOfTheQualityPassIsSharedSql() {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    List<String> heard = new ArrayList<>();
    QualityApp app = new QualityApp();
    QualityResult result;
    try (AnalysisContext c =
        AnalysisContext.open(
            ContextRequest.of(dir.resolve("w.duckdb"))
                .withResultTables(app.writes())
                .withQueries(heard::add))) {
      result = c.run(app, QualityOptions.BUILT_IN);
    }
    assertThat(result.report().standardization().rowsStandardized()).isPositive();
    assertThat(result.report().profile())
        .extracting(t -> t.table())
        .contains("patient", "observation_standard");
    assertThat(result.report().checks())
        .hasSizeGreaterThan(50)
        .allSatisfy(r -> assertThat(r.error()).isNull());
    assertThat(heard).hasSizeGreaterThan(100);
    Map<String, List<String>> violations = new LinkedHashMap<>();
    for (String q : heard) {
      List<String> v = SharedSql.violations(q);
      if (!v.isEmpty()) {
        violations.put(q, v);
      }
    }
    assertThat(violations).as("queries outside the SQL DuckDB and Spark share").isEmpty();
  }
}
