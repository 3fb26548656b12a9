package org.medmine.privacy;

import java.util.Arrays;
import java.util.Set;
import org.medmine.model.MedmineUserException;

/** The de-identification policies of {@code medmine deid --policy}. */
public enum DeidPolicy {
  /**
   * HIPAA §164.514(b)(2): the 18 identifiers removed; dates to the year; ZIP to 3 digits; ages over
   * 89 to 90+.
   */
  SAFE_HARBOR("safe-harbor"),
  /**
   * As Safe Harbor, but every date of a patient shifted by a keyed per-patient offset (intervals
   * preserved).
   */
  SHIFTED("shifted"),
  /** HIPAA §164.514(e): direct identifiers removed; dates, city, state and ZIP kept. */
  LIMITED_DATA_SET("limited-data-set");

  private final String cliName;

  DeidPolicy(String cliName) {
    this.cliName = cliName;
  }

  public String cliName() {
    return cliName;
  }

  /** The PHI types the free-text scrubber leaves in place under this policy. */
  public Set<PhiType> keptInText() {
    return this == LIMITED_DATA_SET
        ? Set.of(PhiType.DATE, PhiType.CITY, PhiType.STATE, PhiType.ZIP, PhiType.AGE)
        : Set.of();
  }

  public static DeidPolicy parse(String name) {
    return Arrays.stream(values())
        .filter(p -> p.cliName.equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new MedmineUserException(
                    "Unknown policy '"
                        + name
                        + "': use safe-harbor, shifted or limited-data-set."));
  }
}
