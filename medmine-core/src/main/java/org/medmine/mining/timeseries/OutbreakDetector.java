package org.medmine.mining.timeseries;

/** An aberration detector over a regular series of counts. */
public interface OutbreakDetector {
  /** A short, stable name of the method and its settings. */
  String method();

  /** The first period index this detector can evaluate (it needs history before it). */
  int firstEvaluable();

  /** Evaluates periods {@code from} .. end of {@code counts}; {@code from} must be at least {@link #firstEvaluable()}. */
  Detection detect(double[] counts, int from);

  /** Evaluates every period it can. */
  default Detection detect(double[] counts) {
    return detect(counts, firstEvaluable());
  }

  /** Throws when {@code from} leaves less history than {@link #firstEvaluable()} asks for. */
  default void requireHistory(int from) {
    if (from < firstEvaluable()) {
      throw new IllegalArgumentException(method() + " needs " + firstEvaluable() + " periods of history");
    }
  }
}
