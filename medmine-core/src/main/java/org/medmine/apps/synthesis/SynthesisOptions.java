package org.medmine.apps.synthesis;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.nio.file.Path;
import org.medmine.model.MedmineUserException;

/**
 * What {@link SynthesisApp} makes: the new warehouse, how many synthetic patients, from which seed,
 * with what differential-privacy budget, suppressing counts below what, and the share of real
 * patients held out of the fit (the baseline of the privacy measures and the test set of
 * train-on-synthetic).
 *
 * @param out the synthetic warehouse to write (must not exist)
 * @param patients synthetic patients to draw; 0 draws as many as the fitted half has
 * @param seed the seed of the split, the noise and the draws
 * @param epsilon the total epsilon of the Laplace noise on the fitted counts; 0 adds none
 * @param minCount counts (and quantile tables) below this are suppressed
 * @param holdout the share of real patients held out of the fit, between 0.1 and 0.9
 */
public record SynthesisOptions(
    @JsonSerialize(using = ToStringSerializer.class) Path out,
    int patients,
    long seed,
    double epsilon,
    int minCount,
    double holdout) {
  /** Counts below 11 are suppressed by default (the CMS cell-size rule). */
  public static final int DEFAULT_MIN_COUNT = 11;

  /** Half the real patients are held out by default. */
  public static final double DEFAULT_HOLDOUT = 0.5;

  /** Refuses a missing output, negative counts or budgets and a holdout outside 0.1-0.9. */
  public SynthesisOptions {
    if (out == null) {
      throw new MedmineUserException("Give the synthetic warehouse to write with --out FILE.");
    }
    if (patients < 0 || patients > 1_000_000) {
      throw new MedmineUserException(
          "--patients must be between 0 (as many as fitted) and 1000000, not " + patients + ".");
    }
    if (epsilon < 0 || Double.isNaN(epsilon) || Double.isInfinite(epsilon)) {
      throw new MedmineUserException(
          "--epsilon must be a positive number (or 0 for no noise), not " + epsilon + ".");
    }
    if (minCount < 1) {
      throw new MedmineUserException("The minimum count must be at least 1, not " + minCount + ".");
    }
    if (!(holdout >= 0.1 && holdout <= 0.9)) {
      throw new MedmineUserException(
          "The holdout share must be between 0.1 and 0.9, not " + holdout + ".");
    }
  }

  /** The options of {@code medmine synthesize --out FILE} with these patients, seed and epsilon. */
  public static SynthesisOptions of(Path out, int patients, long seed, double epsilon) {
    return new SynthesisOptions(out, patients, seed, epsilon, DEFAULT_MIN_COUNT, DEFAULT_HOLDOUT);
  }
}
