package org.medmine.mining.timeseries;

/**
 * A detector whose alarm is "score &ge; a critical value" and which can be rebuilt at another
 * critical value, so that its level can be set from data (by {@link SpecificityCalibration}) and
 * combined in an {@link EnsembleDetector}.
 */
public interface LeveledDetector extends OutbreakDetector {
  /** The critical score of this detector's level. */
  double criticalScore();

  /** The same detector alarming where its score reaches {@code critical}. */
  LeveledDetector atCriticalScore(double critical);
}
