package org.medmine.apps.fraud;

import java.util.List;
import java.util.Map;

/**
 * One screened provider.
 *
 * @param row the provider and its raw features
 * @param score the combined score in [0, 1] the ranking follows
 * @param isolationScore the isolation forest's score (about 0.5 and below is ordinary)
 * @param maxZ the largest positive robust z-score over the features (0 when none is positive)
 * @param z the robust z-score of every feature against the peers
 * @param reasons the features that reached the reason threshold, strongest first
 */
public record FraudFinding(
    ProviderFeatures.Row row,
    double score,
    double isolationScore,
    double maxZ,
    Map<FraudFeature, Double> z,
    List<FraudReason> reasons) {
  public FraudFinding {
    reasons = List.copyOf(reasons);
    z = Map.copyOf(z);
  }

  /** Whether {@code feature} is among the reasons. */
  public boolean hasReason(FraudFeature feature) {
    return reasons.stream().anyMatch(r -> r.feature() == feature);
  }
}
