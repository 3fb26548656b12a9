package org.medmine.apps.fraud;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One ranked claim of the per-claim list.
 *
 * @param claimId the claim's id
 * @param patientId the patient billed for
 * @param providerId the billing provider
 * @param providerName the provider's display name
 * @param start when the service started (UTC)
 * @param total the billed amount
 * @param score the claim's score in [0, 1]: the noisy-OR of its reasons' weights
 * @param providerScore the billing provider's screen score (0 when the provider was not screened),
 *     the tie-break
 * @param reasons why the claim ranks where it does, strongest first
 */
public record ClaimFinding(
    String claimId,
    String patientId,
    String providerId,
    String providerName,
    LocalDateTime start,
    double total,
    double score,
    double providerScore,
    List<ClaimReason> reasons) {
  public ClaimFinding {
    reasons = List.copyOf(reasons);
  }

  /** Whether {@code feature} is among the reasons. */
  public boolean hasReason(FraudFeature feature) {
    return reasons.stream().anyMatch(r -> r.feature() == feature);
  }
}
