package org.medmine.apps.prediction.federated;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluation of a model over every site's held-out rows from summed histograms alone: each site
 * counts its outcomes and non-outcomes per thousandth of predicted risk and sums its risks per
 * tenth and its squared errors; the sums give the pooled AUROC (the Mann-Whitney statistic with
 * risks in the same thousandth counted as ties), the calibration by tenths and the Brier score.
 */
public final class PooledEvaluation {
  /** Bins of predicted risk in the AUROC's histograms. */
  static final int RISK_BINS = 1000;

  /** Bins of predicted risk in the calibration. */
  static final int TENTHS = 10;

  /** The length of a site's sums. */
  static final int LENGTH = 2 * RISK_BINS + TENTHS + 1;

  /**
   * The pooled figures.
   *
   * @param rows held-out index events
   * @param outcomes of which with the outcome
   * @param auroc the AUROC from the risk histograms
   * @param brier the Brier score
   * @param calibration per tenth of risk with events: {lower bound, events, observed rate, mean
   *     risk}
   */
  public record Figures(
      long rows, long outcomes, double auroc, double brier, List<double[]> calibration) {}

  private PooledEvaluation() {}

  /** A site's sums over its held-out rows. */
  static double[] sums(double[][] x, int[] y, RiskModel model) {
    double[] out = new double[LENGTH];
    for (int i = 0; i < x.length; i++) {
      double risk = model.risk(x[i]);
      int bin = Math.min(RISK_BINS - 1, (int) (risk * RISK_BINS));
      out[(y[i] == 1 ? 0 : RISK_BINS) + bin] += 1;
      out[2 * RISK_BINS + Math.min(TENTHS - 1, (int) (risk * TENTHS))] += risk;
      out[LENGTH - 1] += (risk - y[i]) * (risk - y[i]);
    }
    return out;
  }

  /** The pooled figures of the summed sums. */
  static Figures figures(double[] sums) {
    double positives = 0;
    double negatives = 0;
    double concordant = 0;
    for (int b = 0; b < RISK_BINS; b++) {
      double pos = Math.round(sums[b]);
      double neg = Math.round(sums[RISK_BINS + b]);
      concordant += pos * (negatives + neg / 2);
      positives += pos;
      negatives += neg;
    }
    List<double[]> calibration = new ArrayList<>();
    int perTenth = RISK_BINS / TENTHS;
    for (int t = 0; t < TENTHS; t++) {
      double events = 0;
      double observed = 0;
      for (int b = t * perTenth; b < (t + 1) * perTenth; b++) {
        observed += Math.round(sums[b]);
        events += Math.round(sums[b]) + Math.round(sums[RISK_BINS + b]);
      }
      if (events > 0) {
        double risk = sums[2 * RISK_BINS + t];
        calibration.add(new double[] {t / 10.0, events, observed / events, risk / events});
      }
    }
    double rows = positives + negatives;
    return new Figures(
        (long) rows,
        (long) positives,
        positives == 0 || negatives == 0 ? Double.NaN : concordant / (positives * negatives),
        rows == 0 ? Double.NaN : sums[LENGTH - 1] / rows,
        calibration);
  }
}
