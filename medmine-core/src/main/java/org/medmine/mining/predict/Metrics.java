package org.medmine.mining.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Discrimination and calibration of predicted risks against 0/1 outcomes. AUROC is the Mann-Whitney
 * statistic with ties counted one half; its 95% interval follows DeLong, DeLong and Clarke-Pearson
 * (Biometrics 1988), clipped to [0, 1] (NaN with fewer than two outcomes or two non-outcomes).
 * AUPRC is average precision. Calibration slope and intercept follow Cox (Biometrika 1958) as in
 * Van Calster et al. (J Clin Epidemiol 2016): the slope from regressing the outcome on logit(risk),
 * the intercept (calibration-in-the-large) with logit(risk) as an offset.
 */
public final class Metrics {
  private Metrics() {}

  /** Sensitivity, specificity, PPV and NPV at a threshold (risk >= threshold is positive). */
  public record AtThreshold(
      double threshold,
      double sensitivity,
      double specificity,
      double ppv,
      double npv,
      double fpr) {}

  /** An AUROC with its DeLong 95% interval. */
  public record Auc(double auc, double lower, double upper) {}

  /**
   * The AUROC with DeLong's interval, by the midrank algorithm of Sun and Xu (IEEE Signal Process
   * Lett 2014): a positive's structural component V10 is its midrank among all risks less its
   * midrank among positives, over n; a negative's V01 is one less its midrank among all less its
   * midrank among negatives, over m. O((m + n) log(m + n)) instead of DeLong's O(m·n) pairs, with
   * the same values; risks -0.0 and 0.0 count as tied.
   */
  public static Auc auroc(double[] risk, int[] y) {
    int m = 0;
    for (int label : y) {
      m += label == 1 ? 1 : 0;
    }
    int n = y.length - m;
    if (m == 0 || n == 0) {
      return new Auc(Double.NaN, Double.NaN, Double.NaN);
    }
    double[] pos = new double[m];
    double[] neg = new double[n];
    for (int i = 0, p = 0, q = 0; i < y.length; i++) {
      double r = risk[i] + 0.0; // -0.0 becomes 0.0, as the comparison of the pairs has it
      if (y[i] == 1) {
        pos[p++] = r;
      } else {
        neg[q++] = r;
      }
    }
    double[] all = new double[m + n];
    System.arraycopy(pos, 0, all, 0, m);
    System.arraycopy(neg, 0, all, m, n);
    double[] sortedPos = sorted(pos);
    double[] sortedNeg = sorted(neg);
    double[] sortedAll = sorted(all);
    double[] v10 = new double[m];
    double[] v01 = new double[n];
    for (int i = 0; i < m; i++) {
      v10[i] = (midrank(sortedAll, pos[i]) - midrank(sortedPos, pos[i])) / n;
    }
    for (int j = 0; j < n; j++) {
      v01[j] = 1 - (midrank(sortedAll, neg[j]) - midrank(sortedNeg, neg[j])) / m;
    }
    double auc = Arrays.stream(v10).sum() / m;
    if (m < 2 || n < 2) {
      return new Auc(auc, Double.NaN, Double.NaN); // DeLong's variance needs two of each class
    }
    double var = variance(v10, auc) / m + variance(v01, auc) / n;
    double half = 1.959964 * Math.sqrt(var);
    return new Auc(auc, Math.max(0, auc - half), Math.min(1, auc + half));
  }

  private static double[] sorted(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  /** The 1-based midrank of {@code value} in {@code sorted}: the mean of its tied ranks. */
  private static double midrank(double[] sorted, double value) {
    int below = firstIndexNotBelow(sorted, value, false);
    int upTo = firstIndexNotBelow(sorted, value, true);
    return (below + 1 + upTo) / 2.0;
  }

  /** The first index whose value is at least (or, with {@code strict}, above) {@code value}. */
  private static int firstIndexNotBelow(double[] sorted, double value, boolean strict) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int c = Double.compare(sorted[mid], value);
      if (c < 0 || (strict && c == 0)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static double variance(double[] v, double mean) {
    double s = 0;
    for (double x : v) {
      s += (x - mean) * (x - mean);
    }
    return s / (v.length - 1);
  }

  /** Average precision: the mean, over positives, of the precision at each positive's rank. */
  public static double auprc(double[] risk, int[] y) {
    Integer[] order = byRiskDescending(risk);
    int tp = 0;
    int total = Arrays.stream(y).sum();
    if (total == 0) {
      return Double.NaN;
    }
    double sum = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      int tiedPos = 0;
      while (j < order.length && risk[order[j]] == risk[order[i]]) {
        tiedPos += y[order[j]];
        j++;
      }
      tp += tiedPos;
      sum += tiedPos * ((double) tp / j);
      i = j;
    }
    return sum / total;
  }

  public static double brier(double[] risk, int[] y) {
    double s = 0;
    for (int i = 0; i < y.length; i++) {
      s += (risk[i] - y[i]) * (risk[i] - y[i]);
    }
    return s / y.length;
  }

  /**
   * {intercept, slope}: the intercept with logit(risk) as offset, the slope (NaN for a constant
   * risk) from a logistic recalibration fit.
   */
  public static double[] calibration(double[] risk, int[] y) {
    double[] lp = new double[risk.length];
    for (int i = 0; i < risk.length; i++) {
      double p = Math.min(Math.max(risk[i], 1e-6), 1 - 1e-6);
      lp[i] = Math.log(p / (1 - p));
    }
    double a = 0;
    for (int it = 0; it < 200; it++) {
      double g = 0;
      double h = 0;
      for (int i = 0; i < y.length; i++) {
        double mu = LogisticRegression.sigmoid(a + lp[i]);
        g += y[i] - mu;
        h += mu * (1 - mu);
      }
      double step =
          Math.max(
              -1, Math.min(1, g / Math.max(h, 1e-12))); // damped: risks near 0 or 1 make h tiny
      a += step;
      if (Math.abs(step) < 1e-10) {
        break;
      }
    }
    if (Arrays.stream(lp).max().orElse(0) - Arrays.stream(lp).min().orElse(0) < 1e-9) {
      return new double[] {a, Double.NaN}; // one risk for everybody: no slope
    }
    double[][] x = new double[lp.length][1];
    for (int i = 0; i < lp.length; i++) {
      x[i][0] = lp[i];
    }
    LogisticRegression fit = LogisticRegression.fit(x, y, 0);
    return new double[] {a, fit.coefficientsPerUnit()[0]};
  }

  /**
   * The calibration curve: {mean risk, observed rate, count} for {@code bins} groups of equal size
   * by risk.
   */
  public static List<double[]> calibrationCurve(double[] risk, int[] y, int bins) {
    Integer[] order = byRiskDescending(risk);
    List<double[]> out = new ArrayList<>();
    int n = order.length;
    for (int b = bins - 1; b >= 0; b--) {
      int from = (int) Math.round((double) b * n / bins);
      int to = (int) Math.round((double) (b + 1) * n / bins);
      if (to <= from) {
        continue;
      }
      double r = 0;
      double o = 0;
      for (int k = from; k < to; k++) {
        r += risk[order[k]];
        o += y[order[k]];
      }
      out.add(new double[] {r / (to - from), o / (to - from), to - from});
    }
    return out;
  }

  /** ROC curve points {fpr, tpr}, from (0, 0) to (1, 1). */
  public static List<double[]> rocCurve(double[] risk, int[] y) {
    return curve(risk, y, true);
  }

  /** Precision-recall points {recall, precision}. */
  public static List<double[]> prCurve(double[] risk, int[] y) {
    return curve(risk, y, false);
  }

  private static List<double[]> curve(double[] risk, int[] y, boolean roc) {
    Integer[] order = byRiskDescending(risk);
    int pos = Arrays.stream(y).sum();
    int neg = y.length - pos;
    List<double[]> out = new ArrayList<>();
    if (roc) {
      out.add(new double[] {0, 0});
    }
    int tp = 0;
    int fp = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j < order.length && risk[order[j]] == risk[order[i]]) {
        tp += y[order[j]];
        fp += 1 - y[order[j]];
        j++;
      }
      out.add(
          roc
              ? new double[] {neg == 0 ? 0 : (double) fp / neg, pos == 0 ? 0 : (double) tp / pos}
              : new double[] {pos == 0 ? 0 : (double) tp / pos, (double) tp / (tp + fp)});
      i = j;
    }
    return out;
  }

  public static AtThreshold atThreshold(double[] risk, int[] y, double threshold) {
    int tp = 0;
    int fp = 0;
    int tn = 0;
    int fn = 0;
    for (int i = 0; i < y.length; i++) {
      boolean p = risk[i] >= threshold;
      if (p && y[i] == 1) {
        tp++;
      } else if (p) {
        fp++;
      } else if (y[i] == 1) {
        fn++;
      } else {
        tn++;
      }
    }
    return new AtThreshold(
        threshold,
        ratio(tp, tp + fn),
        ratio(tn, tn + fp),
        ratio(tp, tp + fp),
        ratio(tn, tn + fn),
        ratio(fp, fp + tn));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }

  private static Integer[] byRiskDescending(double[] risk) {
    Integer[] order = new Integer[risk.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Double.compare(risk[b], risk[a]));
    return order;
  }

  /**
   * {MAE, RMSE, R²} of predictions against observed values; R² = 1 - SSE / SS about the observed
   * mean.
   */
  public static double[] regression(double[] predicted, double[] observed) {
    int n = observed.length;
    double mean = 0;
    for (double v : observed) {
      mean += v / n;
    }
    double abs = 0;
    double sse = 0;
    double sst = 0;
    for (int i = 0; i < n; i++) {
      double e = predicted[i] - observed[i];
      abs += Math.abs(e);
      sse += e * e;
      sst += (observed[i] - mean) * (observed[i] - mean);
    }
    return new double[] {abs / n, Math.sqrt(sse / n), sst == 0 ? Double.NaN : 1 - sse / sst};
  }
}
