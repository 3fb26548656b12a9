package org.medmine.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.cohort.EngineFunctions;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * The profile's statistics, written in the SQL DuckDB and Spark share ({@link ColumnSummaries}),
 * are those of DuckDB's own {@code SUMMARIZE}, the oracle, for every column of every table of the
 * 20-patient warehouse that holds rows (after a quality pass, so that {@code observation_standard}
 * has rows too): the same minimum, maximum, approximate distinct count, mean, standard deviation,
 * quartiles and share of missing values.
 */
class ColumnSummariesIT {
  @TempDir Path dir;

  @Test
  void theSharedQueryGivesWhatSummarizeGives() throws Exception {
    int compared = 0;
    try (Warehouse w = SmallWarehouse.copy(dir, "w.duckdb")) {
      Connection c = w.connection();
      QualityAssessment.run(c, List.of());
      EngineFunctions.installDuckDb(c);
      for (Profiler.TableProfile t : Profiler.profile(c)) {
        if (t.rows() == 0) {
          continue;
        }
        List<ColumnSummaries.Summary> ours =
            ColumnSummaries.of(c, t.table(), ColumnSummaries.columns(c, t.table()));
        assertThat(ours).as(t.table()).isEqualTo(summarize(c, t.table()));
        compared += ours.size();
      }
    }
    assertThat(compared).as("columns compared").isGreaterThan(200);
  }

  private static List<ColumnSummaries.Summary> summarize(Connection c, String table)
      throws Exception {
    List<ColumnSummaries.Summary> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SUMMARIZE " + ColumnSummaries.quote(table))) {
      while (rs.next()) {
        out.add(
            new ColumnSummaries.Summary(
                rs.getString("column_name"),
                rs.getString("column_type"),
                rs.getDouble("null_percentage"),
                rs.getLong("approx_unique"),
                rs.getString("min"),
                rs.getString("max"),
                rs.getString("avg"),
                rs.getString("std"),
                rs.getString("q25"),
                rs.getString("q50"),
                rs.getString("q75")));
      }
    }
    return out;
  }
}
