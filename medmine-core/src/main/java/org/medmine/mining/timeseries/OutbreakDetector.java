package org.medmine.mining.timeseries;

/** An aberration detector over a regular series of counts. */
public interface OutbreakDetector {
  /** A short, stable name of the method and its settings. */
  String method();

  /** The first period index this detector can evaluate (it needs history before it). */
  int firstEvaluable();

  /**
   * Evaluates periods {@code from} .. end of {@code counts}; {@code from} must be at least {@link
   * #firstEvaluable()}.
   */
  Detection detect(double[] counts, int from);

  /** Evaluates every period it can. */
  default Detection detect(double[] counts) {
    return detect(counts, firstEvaluable());
  }

  /**
   * Whether the detector fits its in-control model once, to all the periods before the first one it
   * judges (a CUSUM chart), rather than a baseline of its own for every period (EARS, Farrington).
   * Such a detector has no seasonal baseline, so it is run on the last year only: see {@link
   * #firstJudged}.
   */
  default boolean fitsOnce() {
    return false;
  }

  /**
   * The first period to judge in a series of {@code size} periods of {@code granularity}: every
   * period it can ({@link #firstEvaluable()}), except for a detector that {@link #fitsOnce() fits
   * once}, which judges the last year against the mean of everything before it. The one baseline
   * rule of surveillance, its command and its demo.
   */
  default int firstJudged(int size, Granularity granularity) {
    return fitsOnce()
        ? Math.max(firstEvaluable(), size - granularity.periodsPerYear())
        : firstEvaluable();
  }

  /** Evaluates the periods of {@code series} from {@link #firstJudged}. */
  default Detection judge(CountSeries series) {
    return detect(series.counts(), firstJudged(series.size(), series.granularity()));
  }

  /** Throws when {@code from} leaves less history than {@link #firstEvaluable()} asks for. */
  default void requireHistory(int from) {
    if (from < firstEvaluable()) {
      throw new IllegalArgumentException(
          method() + " needs " + firstEvaluable() + " periods of history");
    }
  }
}
