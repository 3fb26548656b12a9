package org.medmine.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.medmine.model.MedmineUserException;

/**
 * When a patient leaves a cohort: at the end of their observation period ({@code by}
 * "observation-end", the default), a fixed number of days after entry ({@code by} "days", {@code
 * days}), or at the first event after the entry day ({@code by} "event", {@code event}); never
 * later than the end of observation, as OHDSI's cohort end strategies (fixed offset, end of
 * continuous observation).
 *
 * @param by observation-end, days or event
 * @param days the days after entry of a fixed exit
 * @param event the event that ends membership
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CohortExit(String by, Integer days, EventCriterion event) {
  /** Exit at the end of observation. */
  public static final CohortExit OBSERVATION_END = new CohortExit("observation-end", null, null);

  /** Refuses an unknown {@code by} and a missing or stray days/event. */
  public CohortExit {
    by = by == null ? "observation-end" : by;
    boolean ok =
        switch (by) {
          case "observation-end" -> days == null && event == null;
          case "days" -> days != null && days >= 0 && event == null;
          case "event" -> event != null && days == null;
          default -> false;
        };
    if (!ok) {
      throw new MedmineUserException(
          "the \"exit\" must be {\"by\": \"observation-end\"}, {\"by\": \"days\", \"days\": N >= 0}"
              + " or {\"by\": \"event\", \"event\": {...}}.");
    }
  }
}
