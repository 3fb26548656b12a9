package org.medmine.apps.prediction;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.medmine.mining.predict.BoostedTrees;
import org.medmine.mining.predict.FeatureMatrix;
import org.medmine.mining.predict.Metrics;
import org.medmine.mining.predict.RidgeRegression;
import org.medmine.model.MedmineUserException;

/**
 * Runs a length-of-stay study: the same cohort, covariates (known at admission) and patient split
 * as {@link StudyRunner}, then ridge regression and boosted trees (squared error) tuned by grouped
 * cross-validation on the training patients, with MAE, RMSE and R² on the test patients beside the
 * training mean as baseline.
 */
public final class RegressionRunner {
  private RegressionRunner() {}

  public static RegressionResult run(Connection c, StudyDefinition study, long seed) {
    if (!study.isRegression()) {
      throw new MedmineUserException(
          "Study "
              + study.name()
              + " predicts an event, not a number: run it as a classification study.");
    }
    Cohort cohort = CohortBuilder.build(c, study);
    List<IndexEvent> events = cohort.events();
    FeatureMatrix all = FeatureExtractor.extract(c, study, events);
    double[] y = events.stream().mapToDouble(IndexEvent::stayDays).toArray();
    Set<String> test = StudyRunner.testPatients(events, study.model().testFraction(), seed);
    int[] testIdx = StudyRunner.rowsOf(events, test, true);
    int[] trainIdx = StudyRunner.rowsOf(events, test, false);
    if (trainIdx.length < 10 || testIdx.length < 3) {
      throw new MedmineUserException(
          "Study "
              + study.name()
              + " has "
              + events.size()
              + " index events: too few to train and"
              + " evaluate a model. Use a larger population.");
    }
    long patients = cohort.patients();
    StudyResult.Split split =
        new StudyResult.Split(
            trainIdx.length, (int) patients - test.size(), 0, testIdx.length, test.size(), 0);
    double[] yTrain = IntStream.of(trainIdx).mapToDouble(i -> y[i]).toArray();
    double[] yTest = IntStream.of(testIdx).mapToDouble(i -> y[i]).toArray();
    int[] folds =
        StudyRunner.folds(StudyRunner.patientKeys(events, trainIdx), study.model().folds(), seed);
    FeatureMatrix held = all.select(testIdx);
    Evaluated evaluated =
        fitAndEvaluate(new Partition(all.select(trainIdx), yTrain, folds, held, yTest), seed);
    return new RegressionResult(
        study,
        seed,
        cohort,
        all.names(),
        split,
        evaluated.models(),
        shap(evaluated.boosted(), held, seed),
        evaluated.boosted());
  }

  /**
   * Training rows with their outcomes and patient folds, and the held-out test rows with theirs.
   */
  private record Partition(
      FeatureMatrix train, double[] yTrain, int[] folds, FeatureMatrix held, double[] yTest) {}

  /** The evaluated models, and the boosted trees kept for SHAP and the saved model. */
  private record Evaluated(List<RegressionResult.Model> models, BoostedTrees boosted) {}

  /**
   * Tunes and refits ridge regression and boosted trees, then scores them and the training mean on
   * the test rows.
   */
  private static Evaluated fitAndEvaluate(Partition p, long seed) {
    double[][] x = p.train().rows();
    double[] yTrain = p.yTrain();
    List<Double> lambdas = List.of(1.0, 10.0, 100.0, 1000.0);
    double[] lambdaCv =
        tune(
            lambdas,
            l -> (xx, yy) -> RidgeRegression.fit(xx, yy, l)::predict,
            x,
            yTrain,
            p.folds());
    double lambda = lambdas.get((int) lambdaCv[0]);
    RidgeRegression ridge = RidgeRegression.fit(x, yTrain, lambda);
    List<BoostedTrees.Params> grid = StudyRunner.boostedTreesGrid(seed);
    double[] btCv =
        tune(
            grid,
            q -> (xx, yy) -> BoostedTrees.fitRegression(xx, yy, q)::predict,
            x,
            yTrain,
            p.folds());
    BoostedTrees.Params best = grid.get((int) btCv[0]);
    BoostedTrees bt = BoostedTrees.fitRegression(x, yTrain, best);
    double[][] held = p.held().rows();
    double[] yTest = p.yTest();
    List<RegressionResult.Model> models =
        List.of(
            model(
                "ridge regression", "lambda = " + lambda, lambdaCv[1], ridge.predict(held), yTest),
            model(
                "boosted trees (XGBoost)",
                "rounds " + best.rounds() + ", max depth " + best.maxDepth() + ", eta 0.1",
                btCv[1],
                bt.predict(held),
                yTest),
            trainingMeanBaseline(yTrain, yTest));
    return new Evaluated(models, bt);
  }

  private static RegressionResult.Model trainingMeanBaseline(double[] yTrain, double[] yTest) {
    double trainMean = Arrays.stream(yTrain).average().orElse(0);
    double[] meanPrediction = new double[yTest.length];
    Arrays.fill(meanPrediction, trainMean);
    return model(
        "training mean (baseline)",
        String.format("%.2f days", trainMean),
        Double.NaN,
        meanPrediction,
        yTest);
  }

  private static RegressionResult.Model model(
      String name, String settings, double cvRmse, double[] predicted, double[] observed) {
    double[] m = Metrics.regression(predicted, observed);
    return new RegressionResult.Model(name, settings, cvRmse, m[0], m[1], m[2]);
  }

  /** {index of the best setting, its pooled out-of-fold RMSE}. */
  private static <T> double[] tune(
      List<T> grid,
      Function<T, BiFunction<double[][], double[], Function<double[][], double[]>>> trainer,
      double[][] x,
      double[] y,
      int[] folds) {
    int k = IntStream.of(folds).max().orElse(0) + 1;
    int best = 0;
    double bestRmse = Double.POSITIVE_INFINITY;
    for (int g = 0; g < grid.size(); g++) {
      double[] oof = new double[y.length];
      for (int f = 0; f < k; f++) {
        final int fold = f;
        int[] fit = IntStream.range(0, y.length).filter(i -> folds[i] != fold).toArray();
        int[] out = IntStream.range(0, y.length).filter(i -> folds[i] == fold).toArray();
        if (out.length == 0 || fit.length == 0) {
          continue;
        }
        double[][] xFit = IntStream.of(fit).mapToObj(i -> x[i]).toArray(double[][]::new);
        double[] yFit = IntStream.of(fit).mapToDouble(i -> y[i]).toArray();
        double[] p =
            trainer
                .apply(grid.get(g))
                .apply(xFit, yFit)
                .apply(IntStream.of(out).mapToObj(i -> x[i]).toArray(double[][]::new));
        for (int i = 0; i < out.length; i++) {
          oof[out[i]] = p[i];
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

  private static List<StudyResult.Factor> shap(BoostedTrees bt, FeatureMatrix held, long seed) {
    List<Integer> rows = new ArrayList<>(IntStream.range(0, held.size()).boxed().toList());
    Collections.shuffle(rows, new Random(seed + 2));
    int[] sample =
        rows.subList(0, Math.min(StudyRunner.SHAP_SAMPLE, rows.size())).stream()
            .mapToInt(Integer::intValue)
            .toArray();
    double[][] contrib = bt.contributions(held.select(sample).rows());
    List<StudyResult.Factor> out = new ArrayList<>();
    for (int j = 0; j < held.names().size(); j++) {
      double meanAbs = 0;
      double sum = 0;
      for (double[] r : contrib) {
        meanAbs += Math.abs(r[j]) / contrib.length;
        sum += r[j];
      }
      if (meanAbs > 0) {
        out.add(new StudyResult.Factor(held.names().get(j), meanAbs, sum >= 0 ? 1 : -1));
      }
    }
    out.sort(Comparator.comparingDouble(StudyResult.Factor::value).reversed());
    return List.copyOf(out.subList(0, Math.min(15, out.size())));
  }
}
