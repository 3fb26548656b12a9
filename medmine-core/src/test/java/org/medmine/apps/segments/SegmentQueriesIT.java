package org.medmine.apps.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.context.SharedSql;
import org.medmine.model.SnomedSemanticTag;
import org.medmine.testing.SmallWarehouse;

/**
 * The segment app runs through an {@link AnalysisContext} on the 20-patient population, and every
 * statement it runs keeps to the SQL DuckDB and Spark share ({@link SharedSql}); its disorders are
 * the conditions that are not findings, by the one rule of {@link SnomedSemanticTag}.
 */
class SegmentQueriesIT {
  @TempDir Path dir;

  @Test
  void everyQueryIsSharedSqlAndDisordersFollowTheSemanticTagRule() {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    List<String> heard = new ArrayList<>();
    SegmentResult result;
    try (AnalysisContext context =
        AnalysisContext.open(ContextRequest.of(dir.resolve("w.duckdb")).withQueries(heard::add))) {
      result =
          context.run(new SegmentApp(), Segmentation.Options.defaults(Segmentation.Method.KMEANS));
    }
    assertThat(heard).anyMatch(q -> q.contains(SnomedSemanticTag.notFindingSql("code_display")));
    for (String q : heard) {
      assertThat(SharedSql.violations(q)).as(q).isEmpty();
    }
    assertThat(result.segmentation().matrix().displays().values())
        .isNotEmpty()
        .noneMatch(SnomedSemanticTag::isFinding);
  }
}
