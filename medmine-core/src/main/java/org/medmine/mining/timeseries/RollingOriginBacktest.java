package org.medmine.mining.timeseries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rolling-origin evaluation of a forecaster (Tashman 2000, "Out-of-sample tests of forecasting
 * accuracy", Int J Forecast 16:437-450) and prediction intervals calibrated on its own past errors:
 * the interval for h days ahead is the point forecast plus the empirical (1-level)/2 and
 * (1+level)/2 quantiles of the errors the forecaster made h±{@value #POOL} days ahead from the most
 * recent earlier origins (with the tail probability adjusted for ties, see {@link
 * #tailForCoverage}). When evaluating, an origin is calibrated only with errors whose target day
 * lay before it, so the coverage is honest.
 */
public final class RollingOriginBacktest {
  static final int POOL = 3;

  /**
   * @param horizon days ahead (1-28 in practice)
   * @param step days between origins
   * @param calibrationOrigins origins whose errors calibrate an interval
   * @param evaluationOrigins origins scored
   * @param level nominal interval coverage
   */
  public record Options(
      int horizon, int step, int calibrationOrigins, int evaluationOrigins, double level) {
    /**
     * 28 days ahead, {@value #STANDARD_ORIGINS} origins a week apart to calibrate and as many to
     * score, 80%.
     */
    public static Options standard() {
      return new Options(28, 7, STANDARD_ORIGINS, STANDARD_ORIGINS, 0.8);
    }
  }

  /**
   * Origins (a week apart) that calibrate the intervals and, as many again, that are scored: a
   * year.
   */
  public static final int STANDARD_ORIGINS = 52;

  /** Accuracy of one forecaster over a band of horizons. */
  public record Metrics(
      String method,
      int fromHorizon,
      int toHorizon,
      int forecasts,
      double mae,
      double mape,
      double coverage,
      double meanWidth) {}

  /**
   * The days the scored forecasts aimed at (from the first scored origin to the end of the series):
   * how many, and how many of them held the most common count. When at least {@value
   * #NEARLY_CONSTANT} of them do (a ward that admitted one patient in a year), every forecaster
   * looks perfect by always saying that count, so the errors measure the constant rather than
   * forecasting skill.
   */
  public record ScoredDays(int days, double mostCommon, int atMostCommon) {
    public boolean nearlyConstant() {
      return atMostCommon >= NEARLY_CONSTANT * days;
    }
  }

  /** Share of scored days with one count from which a backtest says little. */
  public static final double NEARLY_CONSTANT = 0.95;

  /**
   * The backtest of one forecaster: metrics per horizon band, then overall (1..horizon), and the
   * scored days.
   */
  public record Result(
      String method,
      double level,
      int origins,
      LocalDate firstOrigin,
      LocalDate lastOrigin,
      List<Metrics> metrics,
      ScoredDays scored) {
    public Metrics overall() {
      return metrics.get(metrics.size() - 1);
    }

    /**
     * True when this backtest cannot judge the forecaster: the scored days are nearly constant, or
     * its intervals have zero width (every calibration error was the same, so the interval is a
     * point).
     */
    public boolean degenerate() {
      return scored.nearlyConstant() || overall().meanWidth() == 0;
    }

    /** Why {@link #degenerate()} holds, in a sentence; empty when it does not. */
    public String degeneracy() {
      if (scored.nearlyConstant()) {
        return String.format(
            java.util.Locale.ROOT,
            "degenerate backtest: %d of the %d scored days had a count of %s, so"
                + " MAE, MAPE and coverage measure that constant, not forecasting skill",
            scored.atMostCommon(),
            scored.days(),
            scored.mostCommon() == Math.rint(scored.mostCommon())
                ? String.valueOf((long) scored.mostCommon())
                : String.valueOf(scored.mostCommon()));
      }
      return overall().meanWidth() == 0
          ? "degenerate backtest of "
              + method
              + ": every calibration error was the same, so its intervals have zero width"
          : "";
    }
  }

  /**
   * The distinct {@link Result#degeneracy()} sentences of {@code backtests} (one per series, or per
   * method).
   */
  public static List<String> degeneracies(List<Result> backtests) {
    return backtests.stream()
        .filter(Result::degenerate)
        .map(Result::degeneracy)
        .distinct()
        .toList();
  }

  private RollingOriginBacktest() {}

  /** Backtests {@code f} on daily series {@code y} starting {@code start}. */
  public static Result run(Forecaster f, double[] y, LocalDate start, Options o) {
    int total = o.calibrationOrigins() + o.evaluationOrigins();
    int[] origins = origins(y.length, o.horizon(), o.step(), total);
    if (origins.length <= o.calibrationOrigins()) {
      throw new IllegalArgumentException(
          "the series is too short for " + total + " origins " + o.step() + " days apart");
    }
    double[][] errors = errors(f, y, start, origins, o.horizon());
    int[] bands = {1, 1, 2, 7, 8, 14, 15, 28};
    List<double[]> rows = new ArrayList<>(); // {h, y, mean, lower, upper}
    for (int k = 0; k < origins.length; k++) {
      int origin = origins[k];
      if (k < origins.length - o.evaluationOrigins()) {
        continue;
      }
      for (int h = 0; h < o.horizon(); h++) {
        double fc = y[origin + h] - errors[k][h];
        double[] q = calibratedQuantiles(errors, origins, k, h, origin, o);
        rows.add(new double[] {h + 1, y[origin + h], fc, Math.max(0, fc + q[0]), fc + q[1]});
      }
    }
    List<Metrics> metrics = new ArrayList<>();
    for (int b = 0; b < bands.length; b += 2) {
      if (bands[b] <= o.horizon()) {
        metrics.add(metrics(f.method(), rows, bands[b], Math.min(bands[b + 1], o.horizon())));
      }
    }
    metrics.add(metrics(f.method(), rows, 1, o.horizon()));
    int firstEval = origins[origins.length - o.evaluationOrigins()];
    return new Result(
        f.method(),
        o.level(),
        o.evaluationOrigins(),
        start.plusDays(firstEval),
        start.plusDays(origins[origins.length - 1]),
        metrics,
        scoredDays(y, firstEval));
  }

  static ScoredDays scoredDays(double[] y, int from) {
    java.util.Map<Double, Integer> tally = new java.util.HashMap<>();
    for (int i = from; i < y.length; i++) {
      tally.merge(y[i], 1, Integer::sum);
    }
    var mode =
        tally.entrySet().stream()
            .max(
                java.util.Map.Entry.<Double, Integer>comparingByValue()
                    .thenComparing(
                        java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
            .orElseThrow();
    return new ScoredDays(y.length - from, mode.getKey(), mode.getValue());
  }

  /**
   * Forecasts the days after {@code y} with intervals calibrated on the last calibrationOrigins
   * origins.
   */
  public static Forecast forecast(Forecaster f, double[] y, LocalDate start, Options o) {
    int[] origins = origins(y.length, o.horizon(), o.step(), o.calibrationOrigins());
    double[][] errors = errors(f, y, start, origins, o.horizon());
    double[] mean = f.forecast(y, start, o.horizon());
    double[] lo = new double[o.horizon()];
    double[] hi = new double[o.horizon()];
    for (int h = 0; h < o.horizon(); h++) {
      double[] q = calibratedQuantiles(errors, origins, origins.length, h, y.length, o);
      lo[h] = Math.max(0, mean[h] + q[0]);
      hi[h] = mean[h] + q[1];
    }
    return new Forecast(
        f.method(),
        start.plusDays(y.length),
        mean,
        lo,
        hi,
        o.level(),
        "empirical quantiles of " + origins.length + " rolling-origin errors");
  }

  /**
   * The last {@code count} origins, {@code step} apart, each leaving {@code horizon} days to score.
   */
  static int[] origins(int n, int horizon, int step, int count) {
    List<Integer> list = new ArrayList<>();
    for (int origin = n - horizon; origin >= 56 && list.size() < count; origin -= step) {
      list.add(0, origin);
    }
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  private static double[][] errors(
      Forecaster f, double[] y, LocalDate start, int[] origins, int horizon) {
    double[][] e = new double[origins.length][horizon];
    for (int k = 0; k < origins.length; k++) {
      double[] fc = f.forecast(Arrays.copyOf(y, origins[k]), start, horizon);
      for (int h = 0; h < horizon; h++) {
        e[k][h] = y[origins[k] + h] - fc[h];
      }
    }
    return e;
  }

  /**
   * Error quantiles for horizon h from origins before index {@code before} whose targets precede
   * {@code now}.
   */
  private static double[] calibratedQuantiles(
      double[][] errors, int[] origins, int before, int h, int now, Options o) {
    List<Double> pool = new ArrayList<>();
    int used = 0;
    for (int k = before - 1; k >= 0 && used < o.calibrationOrigins(); k--) {
      boolean any = false;
      for (int hh = Math.max(0, h - POOL); hh <= Math.min(o.horizon() - 1, h + POOL); hh++) {
        if (origins[k] + hh < now) {
          pool.add(errors[k][hh]);
          any = true;
        }
      }
      used += any ? 1 : 0;
    }
    if (pool.isEmpty()) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double[] sorted = pool.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double a = tailForCoverage(sorted, o.level());
    return new double[] {quantile(sorted, a), quantile(sorted, 1 - a)};
  }

  /**
   * The tail probability a whose [a, 1-a] error quantiles cover a share of the calibration errors
   * closest to {@code level}. For continuous errors that is (1-level)/2; counts make errors tie (a
   * seasonal-naive error is an integer), and an interval whose ends sit on a tie covers all of it,
   * so the nominal quantiles would over-cover. Searching a on the calibration errors themselves
   * corrects for that without looking ahead.
   */
  static double tailForCoverage(double[] sorted, double level) {
    double nominal = (1 - level) / 2;
    double best = nominal;
    double bestGap = Math.abs(covered(sorted, nominal) - level);
    for (double a = 0.0025; a < 0.5; a += 0.0025) {
      double gap = Math.abs(covered(sorted, a) - level);
      if (gap < bestGap - 1e-12) {
        best = a;
        bestGap = gap;
      }
    }
    return best;
  }

  private static double covered(double[] sorted, double a) {
    double lo = quantile(sorted, a);
    double hi = quantile(sorted, 1 - a);
    int from = lowerBound(sorted, lo);
    int to = upperBound(sorted, hi);
    return (double) (to - from) / sorted.length;
  }

  private static int lowerBound(double[] sorted, double v) {
    int i = java.util.Arrays.binarySearch(sorted, v);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && sorted[i - 1] == v) {
      i--;
    }
    return i;
  }

  private static int upperBound(double[] sorted, double v) {
    int i = java.util.Arrays.binarySearch(sorted, v);
    if (i < 0) {
      return -i - 1;
    }
    while (i < sorted.length - 1 && sorted[i + 1] == v) {
      i++;
    }
    return i + 1;
  }

  /** Hyndman-Fan type 7 quantile (R's default) of sorted values. */
  static double quantile(double[] sorted, double p) {
    double pos = (sorted.length - 1) * p;
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }

  private static Metrics metrics(String method, List<double[]> rows, int from, int to) {
    int n = 0;
    int nPct = 0;
    int covered = 0;
    int withInterval = 0;
    double abs = 0;
    double pct = 0;
    double width = 0;
    for (double[] r : rows) {
      if (r[0] < from || r[0] > to) {
        continue;
      }
      n++;
      abs += Math.abs(r[1] - r[2]);
      if (r[1] > 0) {
        nPct++;
        pct += Math.abs(r[1] - r[2]) / r[1];
      }
      if (!Double.isNaN(r[4])) {
        withInterval++;
        covered += r[1] >= r[3] && r[1] <= r[4] ? 1 : 0;
        width += r[4] - r[3];
      }
    }
    return new Metrics(
        method,
        from,
        to,
        n,
        abs / n,
        nPct > 0 ? 100 * pct / nPct : Double.NaN,
        withInterval > 0 ? (double) covered / withInterval : Double.NaN,
        withInterval > 0 ? width / withInterval : Double.NaN);
  }
}
