package org.medmine.apps.segments;

import java.util.List;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.ingest.table.MissingTokens;
import org.medmine.ingest.table.TableData;
import org.medmine.ingest.table.TableProfiler;
import org.medmine.ingest.table.TableReader;
import org.medmine.ingest.table.TableSource;
import org.medmine.mining.cluster.Clustering;
import org.medmine.model.MedmineUserException;

/**
 * {@code segment --data FILE}: segments of the rows of a table file, read through the same DuckDB
 * reader as {@code learn} ({@link TableSource}, typed by {@link TableProfiler#profiles}), clustered
 * by the warehouse segmentation's methods ({@link Segmentation#cluster}) and profiled per column
 * ({@link TableSegments}). No warehouse is opened: the provenance names the file and its SHA-256.
 */
public final class TableSegmentApp implements App<TableSegmentOptions, TableSegmentResult> {
  @Override
  public String name() {
    return "segment";
  }

  @Override
  public TableSegmentResult run(AnalysisContext context, TableSegmentOptions options) {
    Segmentation.Options o = options.segmentation();
    TableSegments.Features features;
    try (TableSource t =
        TableSource.open(
            options.data(), context.settings().memoryLimit(), MissingTokens.of(List.of()))) {
      TableSegments.Columns columns =
          TableSegments.choose(TableProfiler.profiles(t, t.columns(), null));
      TableData data =
          TableReader.read(t, columns.used(), new TableReader.Roles(null, null, List.of()));
      features = TableSegments.features(data, columns.leftOut());
    }
    int rows = features.matrix().patientIds().size();
    if (rows < Math.max(o.kMax() + 1, 5)) {
      throw new MedmineUserException(
          "The table "
              + options.data()
              + " has "
              + rows
              + " rows: too few to segment; give a larger table or a smaller --k-max.");
    }
    Clustering c = Segmentation.cluster(features.matrix(), o);
    return new TableSegmentResult(
        options,
        features,
        c,
        TableSegments.profiles(features.matrix(), c.labels()),
        context.provenanceOfFile(name(), options, o.seed(), options.data()));
  }
}
