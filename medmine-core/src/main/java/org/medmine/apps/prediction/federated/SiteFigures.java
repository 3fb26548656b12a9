package org.medmine.apps.prediction.federated;

import java.util.List;

/**
 * What a site says of itself in the clear, with every count below {@link #SMALL_CELL} suppressed
 * (null), as statistical disclosure control asks of published tables (the "rule of 11" of CMS's
 * cell size suppression policy).
 *
 * @param site the site's name
 * @param indexEvents the training and held-out index events
 * @param patients the patients with an index event
 * @param outcomes the index events with the outcome
 * @param heldOut the held-out index events
 * @param heldOutOutcomes the held-out index events with the outcome
 */
public record SiteFigures(
    String site,
    Long indexEvents,
    Long patients,
    Long outcomes,
    Long heldOut,
    Long heldOutOutcomes) {
  /** The smallest count a site reports in the clear. */
  public static final int SMALL_CELL = 11;

  /** {@code n}, or null when below {@link #SMALL_CELL}. */
  public static Long suppressed(long n) {
    return n < SMALL_CELL ? null : n;
  }

  /** The counts, for checks that none is small. */
  public List<Long> counts() {
    return java.util.Arrays.asList(indexEvents, patients, outcomes, heldOut, heldOutOutcomes);
  }
}
