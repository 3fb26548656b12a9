package org.medmine.apps.associations;

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
 * The rules app runs through an {@link AnalysisContext} on the 20-patient population for every kind
 * of transaction, and every statement it runs keeps to the SQL DuckDB and Spark share ({@link
 * SharedSql}).
 */
class RulesQueriesIT {
  @TempDir Path dir;

  @Test
  void everyQueryOfEveryTransactionKindIsSharedSql() {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    List<String> heard = new ArrayList<>();
    try (AnalysisContext context =
        AnalysisContext.open(ContextRequest.of(dir.resolve("w.duckdb")).withQueries(heard::add))) {
      for (Transactions.Kind kind : Transactions.Kind.ofWarehouse()) {
        RuleMining.Options mining =
            new RuleMining.Options(kind, 0.05, 0.6, 1.000001, 0.9, 3, null, false);
        RulesResult result = context.run(new RulesApp(), new RulesOptions(mining, 10));
        assertThat(result.mining().transactionCount()).as(kind.name()).isPositive();
        assertThat(result.toJson()).containsKeys("parameters", "itemsets", "rules", "run");
      }
    }
    assertThat(heard).hasSizeGreaterThanOrEqualTo(Transactions.Kind.ofWarehouse().size());
    for (String q : heard) {
      assertThat(SharedSql.violations(q)).as(q).isEmpty();
    }
  }
}
