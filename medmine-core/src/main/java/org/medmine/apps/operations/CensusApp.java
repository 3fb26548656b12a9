package org.medmine.apps.operations;

import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.model.MedmineAccessDeniedException;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.Role;

/**
 * {@code census}: the live hospital census from the stays HL7 v2 ADT events write ({@code
 * encounter_location}, docs/hl7v2.md): who is in which unit and bed at a moment, each unit's bed
 * occupancy, arrivals and departures per hour, lengths of stay so far and emergency boarding
 * ({@link EdBoarding}). The moment is the options' {@code asOf} or the latest stay start or end the
 * warehouse holds, never the wall clock, so a census can be reproduced. Names are read only when
 * the options ask for them (a front end asks only for roles that may see identified data).
 */
public final class CensusApp implements App<CensusOptions, CensusResult> {
  @Override
  public String name() {
    return "census";
  }

  @Override
  public CensusResult run(AnalysisContext context, CensusOptions options) {
    if (options.includeNames() && !mayName(context.role())) {
      throw new MedmineAccessDeniedException(
          "The census names patients only for the admin and data-engineer roles: run it without"
              + " names (it shows each bed's patient reference), or as one of those roles.");
    }
    Connection w = context.connection();
    LocalDateTime asOf = asOf(w, options);
    List<Visit> visits = Visit.of(CensusQueries.stays(w));
    Map<String, String> names = options.includeNames() ? CensusQueries.names(w) : null;
    return new CensusResult(
        asOf,
        options.asOf() != null ? "option" : "latest event",
        options,
        CensusOccupancy.occupants(visits, asOf, names),
        CensusOccupancy.units(visits, asOf),
        PatientFlow.hourly(visits, asOf, CensusResult.HOURS),
        EdBoarding.episodes(visits, asOf, options),
        context.provenance(name(), options, null));
  }

  /**
   * Whether {@code role} sees patients' names on a census: admin and data-engineer, the roles that
   * get identified results (an analyst reads only de-identified data, a clinician identified data
   * only for the patient in care).
   */
  public static boolean mayName(Role role) {
    return role == Role.ADMIN || role == Role.DATA_ENGINEER;
  }

  /**
   * The daily arrivals and midnight census of the stays up to the end of {@code until} (null: the
   * latest event): the census as the operations forecast's source.
   */
  static HospitalFlow.Daily dailySeries(Connection w, java.time.LocalDate until) {
    LocalDateTime asOf =
        until != null
            ? until.plusDays(1).atStartOfDay().minusNanos(1000)
            : asOf(w, CensusOptions.DEFAULTS);
    return PatientFlow.daily(Visit.of(CensusQueries.stays(w)), asOf);
  }

  private static LocalDateTime asOf(Connection w, CensusOptions options) {
    if (options.asOf() != null) {
      return options.asOf();
    }
    return CensusQueries.latestEvent(w)
        .orElseThrow(
            () ->
                new MedmineUserException(
                    "The warehouse holds no stays (encounter_location, written by HL7 v2 ADT"
                        + " messages): ingest or listen to an ADT feed, or give --as-of."));
  }
}
