package org.medmine.apps.cohorts;

import org.medmine.model.MedmineUserException;

/**
 * What {@link CharacterizeApp} describes: a built cohort, and optionally a second one to compare it
 * with.
 *
 * @param cohort the target cohort's name
 * @param compare the comparator cohort's name, or null
 * @param outcome an outcome cohort whose incidence within the cohort is computed, or null
 */
public record CharacterizeOptions(String cohort, String compare, String outcome) {
  /** Codes per domain (conditions, drugs, measurements) the table lists. */
  public static final int TOP_CODES = 10;

  /** The options without an outcome. */
  public CharacterizeOptions(String cohort, String compare) {
    this(cohort, compare, null);
  }

  /** Refuses a missing cohort name and comparing a cohort with itself. */
  public CharacterizeOptions {
    if (cohort == null || cohort.isBlank()) {
      throw new MedmineUserException("Name the cohort to characterize with --cohort.");
    }
    if (cohort.equals(compare)) {
      throw new MedmineUserException(
          "--compare names the cohort itself: give another cohort, or drop --compare.");
    }
  }
}
