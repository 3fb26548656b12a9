package org.medmine.apps.synthesis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.medmine.mining.predict.LogisticRegression;
import org.medmine.mining.predict.Metrics;

/**
 * Train on synthetic, test on real (Esteban, Hyland and Rätsch 2017; Jordon et al. 2022's "utility"
 * of synthetic data): a prediction task fitted once on the real train half and once on the
 * synthetic patients, both scored on the real holdout half; the synthetic data is useful for the
 * task when the two AUROCs are close. The task predicts whether a patient has a condition (the
 * train half's condition with prevalence nearest 30% among those with at least {@link
 * #MIN_OUTCOMES} patients in each half) from sex, age, race, ethnicity and the presence of the
 * train half's 30 most frequent other conditions, by L2-penalized logistic regression.
 *
 * @param outcome the condition predicted (its key), or null when no condition has enough outcomes
 * @param display the condition's display
 * @param realAuroc AUROC on the holdout of the model trained on the real train half, with its
 *     DeLong interval
 * @param syntheticAuroc AUROC on the holdout of the model trained on the synthetic patients
 * @param holdoutOutcomes holdout patients with the condition
 * @param syntheticOutcomes synthetic patients with the condition
 */
record TrainOnSynthetic(
    String outcome,
    String display,
    Metrics.Auc realAuroc,
    Metrics.Auc syntheticAuroc,
    int holdoutOutcomes,
    int syntheticOutcomes) {
  /** The fewest patients with the outcome in each half (and in the synthetic set) for a task. */
  static final int MIN_OUTCOMES = 10;

  private static final int PREDICTORS = 30;

  /** The difference of the two AUROCs (real minus synthetic), NaN when not measured. */
  double difference() {
    return realAuroc == null || syntheticAuroc == null
        ? Double.NaN
        : realAuroc.auc() - syntheticAuroc.auc();
  }

  static TrainOnSynthetic of(
      List<PatientRecord> train,
      List<PatientRecord> holdout,
      List<PatientRecord> synthetic,
      Vocabulary vocabulary,
      int asOfYear) {
    Map<String, int[]> counts = new TreeMap<>();
    train.forEach(p -> p.codes().forEach(c -> counts.computeIfAbsent(c, k -> new int[2])[0]++));
    holdout.forEach(p -> p.codes().forEach(c -> counts.computeIfAbsent(c, k -> new int[2])[1]++));
    String outcome =
        counts.entrySet().stream()
            .filter(e -> e.getKey().startsWith("condition|"))
            .filter(e -> e.getValue()[0] >= MIN_OUTCOMES && e.getValue()[1] >= MIN_OUTCOMES)
            .min(
                Comparator.comparingDouble(
                    e -> Math.abs(e.getValue()[0] / (double) train.size() - 0.3)))
            .map(Map.Entry::getKey)
            .orElse(null);
    int syntheticOutcomes =
        outcome == null
            ? 0
            : (int) synthetic.stream().filter(p -> p.codes().contains(outcome)).count();
    if (outcome == null || syntheticOutcomes == 0 || syntheticOutcomes == synthetic.size()) {
      return new TrainOnSynthetic(
          outcome,
          outcome == null ? null : vocabulary.events().get(outcome),
          null,
          null,
          outcome == null ? 0 : counts.get(outcome)[1],
          syntheticOutcomes);
    }
    List<String> predictors =
        counts.entrySet().stream()
            .filter(e -> e.getKey().startsWith("condition|") && !e.getKey().equals(outcome))
            .sorted(
                Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
                    .thenComparing(Map.Entry::getKey))
            .limit(PREDICTORS)
            .map(Map.Entry::getKey)
            .toList();
    Task real = Task.of(train, predictors, outcome, asOfYear);
    Task fake = Task.of(synthetic, predictors, outcome, asOfYear);
    Task test = Task.of(holdout, predictors, outcome, asOfYear);
    return new TrainOnSynthetic(
        outcome,
        vocabulary.events().get(outcome),
        test.score(LogisticRegression.fit(real.x, real.y, 1.0)),
        test.score(LogisticRegression.fit(fake.x, fake.y, 1.0)),
        counts.get(outcome)[1],
        syntheticOutcomes);
  }

  /** The task's rows: covariates and outcome per patient. */
  private record Task(double[][] x, int[] y) {
    static Task of(
        List<PatientRecord> patients, List<String> predictors, String outcome, int year) {
      List<double[]> rows = new ArrayList<>();
      int[] y = new int[patients.size()];
      for (int i = 0; i < y.length; i++) {
        PatientRecord p = patients.get(i);
        var codes = p.codes();
        double[] row = new double[6 + predictors.size()];
        row[0] = "female".equals(p.sex()) ? 1 : 0;
        row[1] = year - p.birthYear();
        row[2] = "white".equals(p.race()) ? 1 : 0;
        row[3] = "black".equals(p.race()) ? 1 : 0;
        row[4] = "asian".equals(p.race()) ? 1 : 0;
        row[5] = "hispanic".equals(p.ethnicity()) ? 1 : 0;
        for (int k = 0; k < predictors.size(); k++) {
          row[6 + k] = codes.contains(predictors.get(k)) ? 1 : 0;
        }
        rows.add(row);
        y[i] = codes.contains(outcome) ? 1 : 0;
      }
      return new Task(rows.toArray(new double[0][]), y);
    }

    Metrics.Auc score(LogisticRegression model) {
      return Metrics.auroc(model.predict(x), y);
    }
  }
}
