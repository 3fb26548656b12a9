package org.medmine.apps.risk;

import java.util.List;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.PatientQuasiIdentifiers;

/**
 * What {@link RiskApp} assesses: the k of k-anonymity (at least 2), the quasi-identifiers (names of
 * {@link PatientQuasiIdentifiers#AVAILABLE}), whether to generalize until k is reached, and the
 * share of records that generalization may suppress (0 to 1).
 */
public record RiskOptions(
    int k, List<String> quasiIdentifiers, boolean generalize, double maxSuppression) {
  /**
   * The demo's assessment: k = 5 on every quasi-identifier, generalized with at most 5% suppressed.
   */
  public static final RiskOptions DEMO =
      new RiskOptions(5, List.copyOf(PatientQuasiIdentifiers.AVAILABLE.keySet()), true, 0.05);

  public RiskOptions {
    if (k < 2) {
      throw new MedmineUserException(
          "--k must be at least 2 (k-anonymity: every record shares its quasi-identifiers"
              + " with k-1 others), not "
              + k
              + ".");
    }
    if (!(maxSuppression >= 0 && maxSuppression <= 1)) {
      throw new MedmineUserException(
          "--max-suppression must be a share between 0 and 1, not " + maxSuppression + ".");
    }
    quasiIdentifiers = List.copyOf(quasiIdentifiers);
    for (String q : quasiIdentifiers) {
      if (!PatientQuasiIdentifiers.AVAILABLE.containsKey(q)) {
        throw new MedmineUserException(
            "Unknown quasi-identifier '"
                + q
                + "': choose among "
                + PatientQuasiIdentifiers.AVAILABLE.keySet()
                + ".");
      }
    }
  }
}
