package org.medmine.apps.prediction.federated;

import java.nio.file.Path;
import org.medmine.apps.prediction.StudyDefinition;
import org.medmine.model.MedmineUserException;

/**
 * What {@link FederateApp} runs: a study (a shipped name or a study file) trained across {@code
 * sites} simulated sites made from one warehouse, split by {@code splitBy} (only {@code
 * organization}, the patients' main organization); the seed of the sites' splits and of the pooled
 * reference trees (null: the study's); where the site warehouses are written (null: a temporary
 * folder removed afterwards); and, optionally, the noise multiplier of differentially private
 * federated averaging. Bad values are user errors here, before any data is read.
 *
 * @param study the study's name or file
 * @param sites the number of sites, 2 to {@link #MAX_SITES}
 * @param splitBy how patients are dealt to sites: {@code organization}
 * @param seed the seed, or null for the study's
 * @param out the folder of the site warehouses, or null
 * @param noiseMultiplier the Gaussian noise of DP federated averaging (clip norm 1, delta 1e-5), or
 *     null for none
 */
public record FederateOptions(
    String study, int sites, String splitBy, Long seed, Path out, Double noiseMultiplier) {
  /** The most sites whose fixed-point sums cannot wrap. */
  public static final int MAX_SITES = 1 << FixedPoint.SITE_BITS;

  public FederateOptions {
    StudyDefinition.load(study);
    if (sites < 2 || sites > MAX_SITES) {
      throw new MedmineUserException(
          "--simulate-sites takes 2 to "
              + MAX_SITES
              + " sites, not "
              + sites
              + ": give a number in that range.");
    }
    if (!"organization".equals(splitBy)) {
      throw new MedmineUserException(
          "--split-by takes 'organization' (the patients' main organization), not '"
              + splitBy
              + "'.");
    }
    if (noiseMultiplier != null && !(noiseMultiplier > 0)) {
      throw new MedmineUserException(
          "--dp-noise takes a positive noise multiplier (e.g. 1.0), not " + noiseMultiplier + ".");
    }
  }

  /** The seed the run uses: the one given, else the study's. */
  public long seedFor(StudyDefinition definition) {
    return seed != null ? seed : definition.model().seed();
  }

  /** The training settings: the study's minimum count, default averaging and boosting. */
  public FederatedTraining.Settings settings(StudyDefinition definition, long seed) {
    AveragingSettings averaging = AveragingSettings.defaults();
    if (noiseMultiplier != null) {
      averaging =
          new AveragingSettings(
              averaging.rounds(),
              averaging.localSteps(),
              averaging.learningRate(),
              new DifferentialPrivacy(1.0, noiseMultiplier, 1e-5, seed));
    }
    return new FederatedTraining.Settings(
        definition.covariates().minCount(), averaging, BoostingSettings.defaults());
  }
}
