package org.medmine.apps.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.context.SharedSql;
import org.medmine.testing.SmallWarehouse;

/**
 * The fraud app runs through an {@link AnalysisContext} on the 20-patient population, and every
 * statement it runs (provider features, code mix, per-claim ranking) keeps to the SQL DuckDB and
 * Spark share ({@link SharedSql}).
 */
class FraudQueriesIT {
  @TempDir Path dir;

  @Test
  void everyQueryIsSharedSql() {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    List<String> heard = new ArrayList<>();
    FraudResult result;
    try (AnalysisContext context =
        AnalysisContext.open(ContextRequest.of(dir.resolve("w.duckdb")).withQueries(heard::add))) {
      result = context.run(new FraudApp(), FraudOptions.DEMO);
    }
    assertThat(result.screen().findings()).isNotEmpty();
    assertThat(result.screen().claims()).isNotEmpty();
    assertThat(heard).hasSizeGreaterThanOrEqualTo(3);
    for (String q : heard) {
      assertThat(SharedSql.violations(q)).as(q).isEmpty();
    }
  }
}
