package org.medmine.apps.prediction;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.medmine.mining.predict.BoostedTrees;
import org.medmine.mining.predict.Classifier;
import org.medmine.mining.predict.DecisionTree;
import org.medmine.mining.predict.Fairness;
import org.medmine.mining.predict.FeatureMatrix;
import org.medmine.mining.predict.GroupSplit;
import org.medmine.mining.predict.LogisticRegression;
import org.medmine.mining.predict.Metrics;

/**
 * Runs a study end to end: cohort, covariates, a split by patient (no patient in both parts),
 * hyper-parameters by grouped cross-validation on the training patients only (pooled out-of-fold
 * AUROC), the three models refitted on all training patients and evaluated on the test patients
 * beside the LACE baseline, SHAP on a sample, odds ratios, tree rules and the fairness audit.
 */
public final class StudyRunner {
  /** Rows of the SHAP sample (predictContrib costs about 0.6 ms a row). */
  public static final int SHAP_SAMPLE = 200;

  /** LACE's usual high-risk cut-off (van Walraven et al. 2010). */
  public static final double LACE_HIGH_RISK = 10;

  private static final double FAIRNESS_TOLERANCE = 0.1;
  private static final int FAIRNESS_MIN_GROUP = 10;

  private StudyRunner() {}

  public static StudyResult run(Connection c, StudyDefinition study, long seed) {
    Cohort cohort = CohortBuilder.build(c, study);
    List<IndexEvent> events = cohort.events();
    FeatureMatrix all = FeatureExtractor.extract(c, study, events);
    int[] y = events.stream().mapToInt(e -> e.outcome() ? 1 : 0).toArray();
    Set<String> test = testPatients(events, study.model().testFraction(), seed);
    int nPatients = new HashSet<>(events.stream().map(IndexEvent::patientKey).toList()).size();
    int nTest = test.size();
    int[] testIdx = rowsOf(events, test, true);
    int[] trainIdx = rowsOf(events, test, false);
    int[] yTrain = pick(y, trainIdx);
    int[] yTest = pick(y, testIdx);
    StudyResult.Split split =
        new StudyResult.Split(
            trainIdx.length, nPatients - nTest, sum(yTrain), testIdx.length, nTest, sum(yTest));
    if (split.trainOutcomes() < 2
        || split.trainOutcomes() == trainIdx.length
        || split.testOutcomes() < 1
        || split.testOutcomes() == testIdx.length) {
      throw new TooFewOutcomesException(study, cohort, split, seed);
    }
    int[] folds = folds(patientKeys(events, trainIdx), study.model().folds(), seed);
    Fitted fitted = fitTuned(all.select(trainIdx).rows(), yTrain, folds, seed);
    FeatureMatrix held = all.select(testIdx);
    double threshold = study.model().threshold();
    double[] btRisk = fitted.boosted().predict(held.rows());
    List<ModelResult> models = evaluate(fitted, held.rows(), btRisk, yTest, threshold);
    ModelResult lace =
        "lace".equals(study.model().baseline())
            ? ModelResult.score("LACE index", LaceIndex.scores(held), yTest, LACE_HIGH_RISK)
            : null;
    List<IndexEvent> testEvents = IntStream.of(testIdx).mapToObj(events::get).toList();
    return new StudyResult(
        study,
        seed,
        cohort,
        all.names(),
        split,
        models,
        lace,
        shap(fitted.boosted(), held, seed),
        oddsRatios(fitted.logistic(), all.names()),
        fitted.tree().rules(all.names()),
        fairnessAudits(testEvents, btRisk, yTest, threshold),
        fitted.boosted());
  }

  /**
   * The rows of {@code events} whose patient is in {@code patients} (or, when {@code inside} is
   * false, is not).
   */
  static int[] rowsOf(List<IndexEvent> events, Set<String> patients, boolean inside) {
    return IntStream.range(0, events.size())
        .filter(i -> patients.contains(events.get(i).patientKey()) == inside)
        .toArray();
  }

  /** The patient of each of the given rows, the groups of a grouped cross-validation. */
  static String[] patientKeys(List<IndexEvent> events, int[] rows) {
    return IntStream.of(rows).mapToObj(i -> events.get(i).patientKey()).toArray(String[]::new);
  }

  /** The boosted-trees settings both kinds of study tune over: depth 2 or 3, 50 or 150 rounds. */
  public static List<BoostedTrees.Params> boostedTreesGrid(long seed) {
    List<BoostedTrees.Params> grid = new ArrayList<>();
    for (int d : new int[] {2, 3}) {
      for (int rounds : new int[] {50, 150}) {
        grid.add(new BoostedTrees.Params(rounds, d, 0.1, 1, seed));
      }
    }
    return grid;
  }

  /** The three models, each tuned by grouped cross-validation and refitted on all training rows. */
  private record Fitted(
      Tuned<Double> lambda,
      LogisticRegression logistic,
      Tuned<Integer> depth,
      DecisionTree tree,
      Tuned<BoostedTrees.Params> boosting,
      BoostedTrees boosted) {}

  private static Fitted fitTuned(double[][] x, int[] y, int[] folds, long seed) {
    Tuned<Double> lambda =
        tune(
            List.of(0.1, 1.0, 10.0, 100.0),
            l -> (xx, yy) -> LogisticRegression.fit(xx, yy, l),
            x,
            y,
            folds);
    LogisticRegression lr = LogisticRegression.fit(x, y, lambda.value());
    Tuned<Integer> depth =
        tune(List.of(2, 3, 4), d -> (xx, yy) -> DecisionTree.fit(xx, yy, d, 5), x, y, folds);
    DecisionTree tree = DecisionTree.fit(x, y, depth.value(), 5);
    Tuned<BoostedTrees.Params> xgb =
        tune(boostedTreesGrid(seed), p -> (xx, yy) -> BoostedTrees.fit(xx, yy, p), x, y, folds);
    BoostedTrees bt = BoostedTrees.fit(x, y, xgb.value());
    return new Fitted(lambda, lr, depth, tree, xgb, bt);
  }

  private static List<ModelResult> evaluate(
      Fitted f, double[][] held, double[] btRisk, int[] yTest, double threshold) {
    return List.of(
        ModelResult.probabilities(
            "logistic regression (L2)",
            "lambda = " + f.lambda().value(),
            f.lambda().cvAuroc(),
            f.logistic().predict(held),
            yTest,
            threshold),
        ModelResult.probabilities(
            "decision tree (CART)",
            "max depth " + f.depth().value() + ", min leaf 5",
            f.depth().cvAuroc(),
            f.tree().predict(held),
            yTest,
            threshold),
        ModelResult.probabilities(
            "boosted trees (XGBoost)",
            "rounds "
                + f.boosting().value().rounds()
                + ", max depth "
                + f.boosting().value().maxDepth()
                + ", eta 0.1",
            f.boosting().cvAuroc(),
            btRisk,
            yTest,
            threshold));
  }

  private static List<Fairness.Audit> fairnessAudits(
      List<IndexEvent> testEvents, double[] risk, int[] yTest, double threshold) {
    return List.of(
        audit("sex", testEvents, IndexEvent::sex, risk, yTest, threshold),
        audit("race", testEvents, IndexEvent::race, risk, yTest, threshold),
        audit("ethnicity", testEvents, IndexEvent::ethnicity, risk, yTest, threshold),
        audit("age band", testEvents, IndexEvent::ageBand, risk, yTest, threshold));
  }

  private record Tuned<T>(T value, double cvAuroc) {}

  private interface Trainer {
    Classifier fit(double[][] x, int[] y);
  }

  private static <T> Tuned<T> tune(
      List<T> grid, Function<T, Trainer> trainer, double[][] x, int[] y, int[] folds) {
    int k = IntStream.of(folds).max().orElse(0) + 1;
    T best = grid.get(0);
    double bestAuc = Double.NEGATIVE_INFINITY;
    for (T setting : grid) {
      double[] oof = new double[y.length];
      for (int f = 0; f < k; f++) {
        final int fold = f;
        int[] fit = IntStream.range(0, y.length).filter(i -> folds[i] != fold).toArray();
        int[] out = IntStream.range(0, y.length).filter(i -> folds[i] == fold).toArray();
        int[] yFit = pick(y, fit);
        if (out.length == 0 || sum(yFit) == 0 || sum(yFit) == fit.length) {
          continue; // a fold without both classes cannot train; its rows keep risk 0 (rare on real
          // cohorts)
        }
        double[] p = trainer.apply(setting).fit(pickRows(x, fit), yFit).predict(pickRows(x, out));
        for (int i = 0; i < out.length; i++) {
          oof[out[i]] = p[i];
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

  /**
   * The test patients: a seeded share of the patients with an outcome and the same share of those
   * without, so both parts have outcomes (a split stratified by patient, never by row).
   */
  public static Set<String> testPatients(List<IndexEvent> events, double fraction, long seed) {
    String[] groups = events.stream().map(IndexEvent::patientKey).toArray(String[]::new);
    boolean[] positive = new boolean[events.size()];
    for (int i = 0; i < positive.length; i++) {
      positive[i] = events.get(i).outcome();
    }
    return GroupSplit.testGroups(groups, positive, fraction, seed);
  }

  /**
   * Folds by patient: each patient's rows share a fold; patients are dealt round-robin in a seeded
   * order ({@link GroupSplit#folds}).
   */
  static int[] folds(String[] groups, int k, long seed) {
    return GroupSplit.folds(groups, k, seed);
  }

  /**
   * Mean |SHAP| of {@code bt} per feature on a seeded sample of {@link #SHAP_SAMPLE} rows of {@code
   * held}, with the direction of each feature's effect, the 20 largest first.
   */
  public static List<StudyResult.Factor> shap(BoostedTrees bt, FeatureMatrix held, long seed) {
    List<Integer> rows = new ArrayList<>(IntStream.range(0, held.size()).boxed().toList());
    Collections.shuffle(rows, new Random(seed + 2));
    int[] sample =
        rows.subList(0, Math.min(SHAP_SAMPLE, rows.size())).stream()
            .mapToInt(Integer::intValue)
            .toArray();
    double[][] x = held.select(sample).rows();
    double[][] contrib = bt.contributions(x);
    List<StudyResult.Factor> out = new ArrayList<>();
    for (int j = 0; j < held.names().size(); j++) {
      double meanAbs = 0;
      double cov = 0;
      double meanX = 0;
      int n = 0;
      for (double[] r : x) {
        if (!Double.isNaN(r[j])) {
          meanX += r[j];
          n++;
        }
      }
      meanX = n == 0 ? 0 : meanX / n;
      for (int i = 0; i < x.length; i++) {
        meanAbs += Math.abs(contrib[i][j]) / x.length;
        cov += Double.isNaN(x[i][j]) ? 0 : (x[i][j] - meanX) * contrib[i][j];
      }
      if (meanAbs > 0) {
        out.add(new StudyResult.Factor(held.names().get(j), meanAbs, cov >= 0 ? 1 : -1));
      }
    }
    out.sort(Comparator.comparingDouble(StudyResult.Factor::value).reversed());
    return List.copyOf(out.subList(0, Math.min(20, out.size())));
  }

  private static List<StudyResult.Factor> oddsRatios(LogisticRegression lr, List<String> names) {
    double[] or = lr.oddsRatiosPerSd();
    List<StudyResult.Factor> out = new ArrayList<>();
    for (int j = 0; j < or.length; j++) {
      out.add(new StudyResult.Factor(names.get(j), or[j], or[j] >= 1 ? 1 : -1));
    }
    out.sort(
        Comparator.comparingDouble((StudyResult.Factor f) -> Math.abs(Math.log(f.value())))
            .reversed());
    return List.copyOf(out.subList(0, Math.min(20, out.size())));
  }

  private static Fairness.Audit audit(
      String attribute,
      List<IndexEvent> events,
      Function<IndexEvent, String> group,
      double[] risk,
      int[] y,
      double threshold) {
    String[] g = events.stream().map(group).toArray(String[]::new);
    return Fairness.audit(attribute, g, risk, y, threshold, FAIRNESS_MIN_GROUP, FAIRNESS_TOLERANCE);
  }

  private static int[] pick(int[] v, int[] idx) {
    return IntStream.of(idx).map(i -> v[i]).toArray();
  }

  private static double[][] pickRows(double[][] x, int[] idx) {
    return IntStream.of(idx).mapToObj(i -> x[i]).toArray(double[][]::new);
  }

  private static int sum(int[] v) {
    return IntStream.of(v).sum();
  }
}
