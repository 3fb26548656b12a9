package org.medmine.apps.prediction.federated;

import java.util.ArrayList;
import java.util.List;
import org.medmine.mining.predict.BoostedTrees;
import org.medmine.mining.predict.LogisticRegression;
import org.medmine.mining.predict.Metrics;

/**
 * What pooling the sites' rows would have given, computed only in a simulation (where one process
 * holds every site): the logistic regression of {@link LogisticRegression} and XGBoost's boosted
 * trees ({@link BoostedTrees}, exact method) on the pooled training rows, with the same penalty and
 * settings, evaluated on the pooled held-out rows; the yardstick the federated models are held to.
 *
 * @param logistic the pooled logistic regression
 * @param logisticAuroc its held-out AUROC
 * @param treesAuroc the pooled boosted trees' held-out AUROC
 * @param heldOut the pooled held-out rows
 * @param heldOutOutcomes of which with the outcome
 */
public record PooledReference(
    LogisticRegression logistic,
    double logisticAuroc,
    double treesAuroc,
    int heldOut,
    int heldOutOutcomes) {

  /** Pools the rows of {@code sites} and trains on them. */
  public static PooledReference of(List<SiteAgent> sites, BoostingSettings s, long seed) {
    List<double[]> train = new ArrayList<>();
    List<Integer> yTrain = new ArrayList<>();
    List<double[]> test = new ArrayList<>();
    List<Integer> yTest = new ArrayList<>();
    for (SiteAgent site : sites) {
      SiteRows rows = site.rowsForSimulation();
      train.addAll(List.of(rows.train()));
      test.addAll(List.of(rows.test()));
      for (int y : rows.yTrain()) {
        yTrain.add(y);
      }
      for (int y : rows.yTest()) {
        yTest.add(y);
      }
    }
    double[][] x = train.toArray(double[][]::new);
    int[] y = yTrain.stream().mapToInt(Integer::intValue).toArray();
    double[][] xt = test.toArray(double[][]::new);
    int[] yt = yTest.stream().mapToInt(Integer::intValue).toArray();
    LogisticRegression lr = LogisticRegression.fit(x, y, FederatedNewton.LAMBDA);
    BoostedTrees bt =
        BoostedTrees.fit(
            x,
            y,
            new BoostedTrees.Params(s.rounds(), s.maxDepth(), s.eta(), s.minChildWeight(), seed));
    return new PooledReference(
        lr,
        Metrics.auroc(lr.predict(xt), yt).auc(),
        Metrics.auroc(bt.predict(xt), yt).auc(),
        yt.length,
        java.util.stream.IntStream.of(yt).sum());
  }

  /** The largest absolute difference between this fit's and {@code model}'s weights. */
  public double largestDifference(LogisticModel model) {
    double d = Math.abs(logistic.intercept() - model.weights()[0]);
    for (int j = 0; j < logistic.beta().length; j++) {
      d = Math.max(d, Math.abs(logistic.beta()[j] - model.weights()[j + 1]));
    }
    return d;
  }
}
