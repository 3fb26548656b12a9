package org.medmine.cohort;

import java.util.Locale;
import org.medmine.model.MedmineUserException;

/**
 * The level at which an analysis splits patients by where they live, from the patient's address
 * (FHIR R4 Patient.address: state, district as county, city, postalCode): nowhere ({@code all}),
 * the state, the county, the city or the first three digits of the ZIP code (ZIP3, the geographic
 * unit HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i)(B), still allows). A patient without the part
 * asked for is in the region {@code unknown}. The SQL ({@link #sql}) and Java ({@link #of}) answers
 * agree.
 */
public enum Region {
  NONE,
  STATE,
  COUNTY,
  CITY,
  ZIP3;

  /** The region of patients whose address lacks the level asked for. */
  public static final String UNKNOWN = "unknown";

  /** The level called {@code name} (none, state, county, city or zip3), or a user error. */
  public static Region parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MedmineUserException(
          "--region must be none, state, county, city or zip3, not '" + name + "'.", e);
    }
  }

  /**
   * The SQL expression of the region of the patient row {@code alias} (a table alias, or empty for
   * none).
   */
  public String sql(String alias) {
    String p = alias.isEmpty() ? "" : alias + ".";
    return switch (this) {
      case NONE -> "'all'";
      case STATE -> "coalesce(" + p + "state, '" + UNKNOWN + "')";
      case COUNTY -> "coalesce(" + p + "county, '" + UNKNOWN + "')";
      case CITY -> "coalesce(" + p + "city, '" + UNKNOWN + "')";
      case ZIP3 -> "coalesce(substr(" + p + "postal_code, 1, 3), '" + UNKNOWN + "')";
    };
  }

  /**
   * The region of a patient with this address (any part may be null), as {@link #sql} computes it.
   */
  public String of(String state, String county, String city, String postalCode) {
    String value =
        switch (this) {
          case NONE -> "all";
          case STATE -> state;
          case COUNTY -> county;
          case CITY -> city;
          case ZIP3 ->
              postalCode == null ? null : postalCode.substring(0, Math.min(3, postalCode.length()));
        };
    return value == null ? UNKNOWN : value;
  }
}
