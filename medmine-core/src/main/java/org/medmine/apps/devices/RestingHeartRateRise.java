package org.medmine.apps.devices;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Detects a sustained rise of a patient's daily resting heart rate above their own baseline: on day
 * {@code d} the mean of the last {@code windowDays} days (at least two thirds of them measured) is
 * compared with the median of the {@code baselineDays} days before that window; a difference of at
 * least {@code thresholdBpm} raises an alert, and no other is raised within {@code horizonDays}.
 *
 * <p>The personal baseline and the resting-heart-rate difference follow Mishra et al. 2020
 * (Pre-symptomatic detection of COVID-19 from smartwatch data, Nat Biomed Eng 4:1208, "RHR-Diff")
 * and Radin et al. 2020 (Lancet Digit Health 2:e85), who found resting heart rate above a person's
 * own baseline days before illness; a median baseline keeps an earlier episode from moving it much.
 */
public final class RestingHeartRateRise {
  private RestingHeartRateRise() {}

  /**
   * One alert: the index of its day in the series, the baseline and the recent mean.
   *
   * @param day index into the series
   * @param baseline the median of the baseline days
   * @param recent the mean of the recent window
   */
  public record Alert(int day, double baseline, double recent) {}

  /** The alerts of a daily series ({@code NaN} where a day has no value), in day order. */
  public static List<Alert> detect(double[] daily, DeviceChangeOptions o) {
    List<Alert> alerts = new ArrayList<>();
    int last = Integer.MIN_VALUE / 2;
    for (int d = o.windowDays() + o.minBaselineDays() - 1; d < daily.length; d++) {
      if (d - last < o.horizonDays() || Double.isNaN(daily[d])) {
        continue;
      }
      double recent = mean(daily, d - o.windowDays() + 1, d + 1, (2 * o.windowDays() + 2) / 3);
      int baselineEnd = d - o.windowDays() + 1;
      double baseline =
          median(
              daily, Math.max(0, baselineEnd - o.baselineDays()), baselineEnd, o.minBaselineDays());
      if (!Double.isNaN(recent)
          && !Double.isNaN(baseline)
          && recent - baseline >= o.thresholdBpm()) {
        alerts.add(new Alert(d, baseline, recent));
        last = d;
      }
    }
    return alerts;
  }

  private static double mean(double[] x, int from, int to, int minValues) {
    double sum = 0;
    int n = 0;
    for (int i = from; i < to; i++) {
      if (!Double.isNaN(x[i])) {
        sum += x[i];
        n++;
      }
    }
    return n >= minValues ? sum / n : Double.NaN;
  }

  private static double median(double[] x, int from, int to, int minValues) {
    double[] v = Arrays.stream(x, from, to).filter(a -> !Double.isNaN(a)).sorted().toArray();
    if (v.length < minValues) {
      return Double.NaN;
    }
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
