package org.medmine.apps.prediction.learn;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.medmine.apps.prediction.RegressionResult;
import org.medmine.apps.prediction.StudyRunner;
import org.medmine.ingest.table.TableData;
import org.medmine.mining.predict.BoostedTrees;
import org.medmine.mining.predict.FeatureMatrix;
import org.medmine.mining.predict.Metrics;
import org.medmine.mining.predict.RidgeRegression;

/**
 * A numeric target: ridge regression and boosted trees (squared error), tuned by pooled out-of-fold
 * RMSE on the training rows with each fold's own encodings, refitted and scored on the test rows
 * (MAE, RMSE, R²) beside the training mean, as the length-of-stay study does.
 */
public final class TableRegressor {
  private TableRegressor() {}

  public static LearnedModel train(TableData d, TableTarget t, long seed) {
    TableSplit split = TableSplit.of(d, new boolean[d.size()], seed);
    double[] yTrain = IntStream.of(split.train()).mapToDouble(i -> t.y()[i]).toArray();
    double[] yTest = IntStream.of(split.test()).mapToDouble(i -> t.y()[i]).toArray();
    List<TableSplit.Fold> folds = split.encodedFolds(d, t.y(), seed);
    List<Double> lambdas = List.of(1.0, 10.0, 100.0, 1000.0);
    double[] ridgeCv =
        tune(lambdas, l -> (x, y) -> RidgeRegression.fit(x, y, l)::predict, folds, yTrain);
    List<BoostedTrees.Params> grid = StudyRunner.boostedTreesGrid(seed);
    double[] btCv =
        tune(grid, p -> (x, y) -> BoostedTrees.fitRegression(x, y, p)::predict, folds, yTrain);
    TableEncoder.Fitted encoded = TableEncoder.fit(d, split.train(), t.y(), seed);
    double[][] x = encoded.training().rows();
    FeatureMatrix held = encoded.encoding().transform(d, split.test());
    double lambda = lambdas.get((int) ridgeCv[0]);
    BoostedTrees.Params best = grid.get((int) btCv[0]);
    BoostedTrees bt = BoostedTrees.fitRegression(x, yTrain, best);
    double mean = Arrays.stream(yTrain).average().orElse(0);
    double[] meanPrediction = new double[yTest.length];
    Arrays.fill(meanPrediction, mean);
    List<RegressionResult.Model> models =
        List.of(
            model(
                "ridge regression",
                "lambda = " + lambda,
                ridgeCv[1],
                RidgeRegression.fit(x, yTrain, lambda).predict(held.rows()),
                yTest),
            model(
                "boosted trees (XGBoost)",
                TableClassifier.settings(best),
                btCv[1],
                bt.predict(held.rows()),
                yTest),
            model(
                "training mean (baseline)",
                String.format(Locale.ROOT, "%.4f", mean),
                Double.NaN,
                meanPrediction,
                yTest));
    return new LearnedModel(
        t,
        split,
        encoded.encoding(),
        List.of(),
        models,
        StudyRunner.shap(bt, held, seed),
        List.of(),
        List.of(),
        bt,
        Double.NaN);
  }

  private static RegressionResult.Model model(
      String name, String settings, double cvRmse, double[] predicted, double[] observed) {
    double[] m = Metrics.regression(predicted, observed);
    return new RegressionResult.Model(name, settings, cvRmse, m[0], m[1], m[2]);
  }

  private interface Regressor {
    Function<double[][], double[]> fit(double[][] x, double[] y);
  }

  /** {index of the best setting, its pooled out-of-fold RMSE}. */
  private static <T> double[] tune(
      List<T> grid, Function<T, Regressor> trainer, List<TableSplit.Fold> folds, double[] y) {
    int best = 0;
    double bestRmse = Double.POSITIVE_INFINITY;
    for (int g = 0; g < grid.size(); g++) {
      double[] oof = new double[y.length];
      for (TableSplit.Fold f : folds) {
        double[] yFit = IntStream.of(f.fitRows()).mapToDouble(i -> y[i]).toArray();
        double[] p = trainer.apply(grid.get(g)).fit(f.fit().rows(), yFit).apply(f.out().rows());
        for (int i = 0; i < p.length; i++) {
          oof[f.outRows()[i]] = p[i];
        }
      }
      double rmse = Metrics.regression(oof, y)[1];
      if (rmse < bestRmse) {
        bestRmse = rmse;
        best = g;
      }
    }
    return new double[] {best, bestRmse};
  }
}
