package org.medmine.apps.prediction.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.medmine.apps.prediction.ModelResult;
import org.medmine.apps.prediction.StudyRunner;
import org.medmine.ingest.table.TableData;
import org.medmine.mining.predict.BoostedTrees;
import org.medmine.mining.predict.Classifier;
import org.medmine.mining.predict.DecisionTree;
import org.medmine.mining.predict.Fairness;
import org.medmine.mining.predict.FeatureMatrix;
import org.medmine.mining.predict.LogisticRegression;
import org.medmine.mining.predict.Metrics;
import org.medmine.model.MedmineUserException;

/**
 * Trains the study's three models on a table: L2 logistic regression, a CART tree and boosted trees
 * (XGBoost4J), each tuned over the study's grid by pooled out-of-fold AUROC on the training rows,
 * every fold with its own encodings ({@link TableSplit#encodedFolds}); then refitted on all
 * training rows (encodings refitted too) and evaluated on the test rows as the study card does
 * ({@link ModelResult}), with SHAP and the fairness audit of the boosted trees.
 */
public final class TableClassifier {
  /** The fairness audit compares groups of at least this many test rows. */
  private static final int FAIRNESS_MIN_GROUP = 10;

  private static final double FAIRNESS_TOLERANCE = 0.1;

  private TableClassifier() {}

  public static LearnedModel train(TableData d, TableTarget t, long seed) {
    int[] y = t.classes();
    boolean[] positive = new boolean[y.length];
    for (int i = 0; i < y.length; i++) {
      positive[i] = y[i] == 1;
    }
    TableSplit split = TableSplit.of(d, positive, seed);
    int[] yTrain = pick(y, split.train());
    int[] yTest = pick(y, split.test());
    requireBothClasses(t, yTrain, yTest);
    Settings chosen = tuneAll(split.encodedFolds(d, t.y(), seed), yTrain, seed);
    TableEncoder.Fitted encoded = TableEncoder.fit(d, split.train(), t.y(), seed);
    double[][] x = encoded.training().rows();
    FeatureMatrix held = encoded.encoding().transform(d, split.test());
    LogisticRegression lr = LogisticRegression.fit(x, yTrain, chosen.lambda().value());
    DecisionTree tree = DecisionTree.fit(x, yTrain, chosen.depth().value(), 5);
    BoostedTrees bt = BoostedTrees.fit(x, yTrain, chosen.boosting().value());
    double threshold = (double) IntStream.of(yTrain).sum() / yTrain.length;
    double[] btRisk = bt.predict(held.rows());
    List<ModelResult> models =
        List.of(
            ModelResult.probabilities(
                "logistic regression (L2)",
                "lambda = " + chosen.lambda().value(),
                chosen.lambda().cvAuroc(),
                lr.predict(held.rows()),
                yTest,
                threshold),
            ModelResult.probabilities(
                "decision tree (CART)",
                "max depth " + chosen.depth().value() + ", min leaf 5",
                chosen.depth().cvAuroc(),
                tree.predict(held.rows()),
                yTest,
                threshold),
            ModelResult.probabilities(
                "boosted trees (XGBoost)",
                settings(chosen.boosting().value()),
                chosen.boosting().cvAuroc(),
                btRisk,
                yTest,
                threshold));
    return new LearnedModel(
        t,
        split,
        encoded.encoding(),
        models,
        List.of(),
        StudyRunner.shap(bt, held, seed),
        fairness(d, split.test(), btRisk, yTest, threshold),
        tree.rules(held.names()),
        bt,
        threshold);
  }

  private static void requireBothClasses(TableTarget t, int[] yTrain, int[] yTest) {
    int trainPos = IntStream.of(yTrain).sum();
    int testPos = IntStream.of(yTest).sum();
    if (trainPos < 2 || trainPos == yTrain.length || testPos < 1 || testPos == yTest.length) {
      throw new MedmineUserException(
          String.format(
              "The target '%s' = '%s' leaves %d positive of %d training rows and %d of %d test"
                  + " rows: a model needs both classes on both sides; give a larger table.",
              t.column(), t.positive(), trainPos, yTrain.length, testPos, yTest.length));
    }
  }

  /** The settings cross-validation chose for each model, with their pooled out-of-fold AUROC. */
  private record Settings(
      Tuned<Double> lambda, Tuned<Integer> depth, Tuned<BoostedTrees.Params> boosting) {}

  private static Settings tuneAll(List<TableSplit.Fold> folds, int[] yTrain, long seed) {
    return new Settings(
        tune(
            List.of(0.1, 1.0, 10.0, 100.0),
            l -> (x, yy) -> LogisticRegression.fit(x, yy, l),
            folds,
            yTrain),
        tune(List.of(2, 3, 4), k -> (x, yy) -> DecisionTree.fit(x, yy, k, 5), folds, yTrain),
        tune(
            StudyRunner.boostedTreesGrid(seed),
            p -> (x, yy) -> BoostedTrees.fit(x, yy, p),
            folds,
            yTrain));
  }

  static String settings(BoostedTrees.Params p) {
    return "rounds " + p.rounds() + ", max depth " + p.maxDepth() + ", eta " + p.eta();
  }

  private static List<Fairness.Audit> fairness(
      TableData d, int[] test, double[] risk, int[] y, double threshold) {
    List<Fairness.Audit> out = new ArrayList<>();
    for (Map.Entry<String, String[]> e : d.fairness().entrySet()) {
      String[] g = IntStream.of(test).mapToObj(i -> e.getValue()[i]).toArray(String[]::new);
      out.add(
          Fairness.audit(
              e.getKey(),
              FairnessGroups.bands(g),
              risk,
              y,
              threshold,
              FAIRNESS_MIN_GROUP,
              FAIRNESS_TOLERANCE));
    }
    return out;
  }

  private record Tuned<T>(T value, double cvAuroc) {}

  private static <T> Tuned<T> tune(
      List<T> grid, Function<T, Trainer> trainer, List<TableSplit.Fold> folds, int[] y) {
    T best = grid.get(0);
    double bestAuc = Double.NEGATIVE_INFINITY;
    for (T setting : grid) {
      double[] oof = new double[y.length];
      for (TableSplit.Fold f : folds) {
        int[] yFit = pick(y, f.fitRows());
        int pos = IntStream.of(yFit).sum();
        if (pos == 0 || pos == yFit.length) {
          continue; // a fold with one class cannot train; its rows keep risk 0
        }
        double[] p = trainer.apply(setting).fit(f.fit().rows(), yFit).predict(f.out().rows());
        for (int i = 0; i < p.length; i++) {
          oof[f.outRows()[i]] = p[i];
        }
      }
      double auc = Metrics.auroc(oof, y).auc();
      if (auc > bestAuc) {
        bestAuc = auc;
        best = setting;
      }
    }
    return new Tuned<>(best, bestAuc);
  }

  private interface Trainer {
    Classifier fit(double[][] x, int[] y);
  }

  static int[] pick(int[] v, int[] idx) {
    return IntStream.of(idx).map(i -> v[i]).toArray();
  }
}
