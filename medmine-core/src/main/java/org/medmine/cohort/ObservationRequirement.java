package org.medmine.cohort;

import org.medmine.model.MedmineUserException;

/**
 * The observation a cohort requires around entry: at least {@code daysBefore} days of the patient's
 * {@link ObservationPeriod} before the entry day and {@code daysAfter} after it (OHDSI ATLAS's
 * "continuous observation of at least N days before and M days after the event date"; medmine's
 * observation period is one span per patient, without gaps).
 *
 * @param daysBefore days observed before entry
 * @param daysAfter days observed after entry
 */
public record ObservationRequirement(int daysBefore, int daysAfter) {
  /** No observation required beyond the entry day itself. */
  public static final ObservationRequirement NONE = new ObservationRequirement(0, 0);

  /** Refuses negative days. */
  public ObservationRequirement {
    if (daysBefore < 0 || daysAfter < 0) {
      throw new MedmineUserException(
          "\"observation\" days must be 0 or more, not " + daysBefore + " and " + daysAfter + ".");
    }
  }
}
