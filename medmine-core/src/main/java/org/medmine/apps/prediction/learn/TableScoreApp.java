package org.medmine.apps.prediction.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.medmine.apps.prediction.StudyResult;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.ingest.table.ColumnProfile;
import org.medmine.ingest.table.MissingTokens;
import org.medmine.ingest.table.TableData;
import org.medmine.ingest.table.TableReader;
import org.medmine.ingest.table.TableSource;
import org.medmine.mining.predict.BoostedTrees;
import org.medmine.mining.predict.FeatureMatrix;
import org.medmine.model.MedmineUserException;

/**
 * {@code predict --data}: scores every row of a table with a model saved by {@code learn}. The
 * table is read as learn read its training file (the model's column types and missing-value tokens)
 * and encoded with the model's fitted encodings; each row gets its risk (or predicted number) and
 * its largest SHAP contributions, highest first.
 */
public final class TableScoreApp implements App<TableScoreOptions, TableScoreResult> {
  @Override
  public String name() {
    return "predict";
  }

  @Override
  public TableScoreResult run(AnalysisContext context, TableScoreOptions options) {
    TableModel model = TableModel.read(options.model());
    TableData data;
    try (TableSource t =
        TableSource.open(
            options.data(),
            context.settings().memoryLimit(),
            MissingTokens.of(model.missingTokens()))) {
      for (ColumnProfile c : model.columns()) {
        if (!t.columns().contains(c.name())) {
          throw new MedmineUserException(
              "The table "
                  + options.data()
                  + " has no column '"
                  + c.name()
                  + "', which the model was trained with: give a table with the training file's"
                  + " columns.");
        }
      }
      data = TableReader.read(t, model.columns(), new TableReader.Roles(null, null, List.of()));
    }
    int[] all = IntStream.range(0, data.size()).toArray();
    FeatureMatrix x = model.encoding().transform(data, all);
    BoostedTrees trees = model.trees();
    double[] score = trees.predict(x.rows());
    double[][] shap = trees.contributions(x.rows());
    List<TableScoreResult.Row> rows = new ArrayList<>();
    for (int i = 0; i < score.length; i++) {
      rows.add(
          new TableScoreResult.Row(
              data.lines()[i], score[i], factors(x.names(), shap[i], options.factors())));
    }
    rows.sort(Comparator.comparingDouble(TableScoreResult.Row::score).reversed());
    return new TableScoreResult(
        options.model().toString(),
        model,
        rows,
        options.top(),
        context.provenanceOfFile(name(), options, null, options.data()));
  }

  private static List<StudyResult.Factor> factors(List<String> names, double[] shap, int n) {
    List<StudyResult.Factor> f = new ArrayList<>();
    for (int j = 0; j < names.size(); j++) {
      if (shap[j] != 0) {
        f.add(new StudyResult.Factor(names.get(j), shap[j], shap[j] > 0 ? 1 : -1));
      }
    }
    f.sort(Comparator.comparingDouble((StudyResult.Factor v) -> Math.abs(v.value())).reversed());
    return List.copyOf(f.subList(0, Math.min(n, f.size())));
  }
}
