package org.medmine.apps.operations;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.medmine.model.MedmineUserException;

/**
 * What {@link CensusApp} computes: the census at {@code asOf} (null: the latest event the warehouse
 * holds, never the wall clock), which points of care are the emergency department (HL7 v2 PL.1 is a
 * local code: nothing in an ADT message says a unit is the ED), and whether the census names the
 * patients (only for roles that may see identified data; otherwise a patient reference).
 *
 * @param asOf the moment of the census (UTC), or null for the latest stay start or end
 * @param edUnits the point-of-care codes (PV1-3.1) of the emergency department, compared ignoring
 *     case
 * @param includeNames whether each patient in a bed carries their name
 */
public record CensusOptions(
    @JsonSerialize(using = ToStringSerializer.class) LocalDateTime asOf,
    List<String> edUnits,
    boolean includeNames) {
  /** The emergency department's point of care by default, as text for a front end's option. */
  public static final String DEFAULT_ED_UNITS = "ED";

  /** The census now (the latest event), the default ED unit, without names. */
  public static final CensusOptions DEFAULTS =
      new CensusOptions(null, List.of(DEFAULT_ED_UNITS), false);

  /** Refuses an empty list of ED units, as a user error. */
  public CensusOptions {
    edUnits = edUnits.stream().map(String::strip).filter(u -> !u.isEmpty()).toList();
    if (edUnits.isEmpty()) {
      throw new MedmineUserException(
          "--ed-units needs at least one point-of-care code of the emergency department (e.g. ED).");
    }
  }

  /** Whether {@code pointOfCare} is one of the emergency department's. */
  boolean isEd(String pointOfCare) {
    return pointOfCare != null
        && edUnits.stream()
            .anyMatch(u -> u.toLowerCase(Locale.ROOT).equals(pointOfCare.toLowerCase(Locale.ROOT)));
  }
}
