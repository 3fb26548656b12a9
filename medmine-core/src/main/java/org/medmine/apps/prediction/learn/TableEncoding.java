package org.medmine.apps.prediction.learn;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import org.medmine.ingest.table.TableData;
import org.medmine.mining.predict.FeatureMatrix;

/**
 * The fitted encodings of every feature column, in the table's column order: what turns rows of a
 * table (the test rows, or a new table scored with the saved model) into the model's features.
 *
 * @param columns one encoding per feature column
 */
public record TableEncoding(List<ColumnEncoding> columns) {
  public TableEncoding {
    columns = List.copyOf(columns);
  }

  /** The feature names, in the model's column order. */
  @JsonIgnore
  public List<String> features() {
    List<String> out = new ArrayList<>();
    columns.forEach(c -> out.addAll(c.features()));
    return out;
  }

  /** The features of {@code rows} of {@code d}, target means from all training rows. */
  public FeatureMatrix transform(TableData d, int[] rows) {
    List<String> names = features();
    double[][] x = new double[rows.length][names.size()];
    for (int r = 0; r < rows.length; r++) {
      int offset = 0;
      for (int j = 0; j < columns.size(); j++) {
        ColumnEncoding e = columns.get(j);
        e.encode(
            d.codes()[j] == null ? null : d.level(j, rows[r]),
            d.codes()[j] == null ? d.number(j, rows[r]) : Double.NaN,
            k -> e.meanOf(k, e.targetMean()),
            k -> e.meanOf(k, e.codeTargetMean()),
            x[r],
            offset);
        offset += e.features().size();
      }
    }
    return new FeatureMatrix(names, x);
  }
}
