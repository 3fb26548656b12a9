package org.medmine.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.medmine.model.MedmineUserException;

/**
 * One inclusion rule of a cohort definition, judged at the entry date: either an age range at entry
 * ({@code minAge} and/or {@code maxAge}, completed years, {@link Age}), or an event ({@link
 * EventCriterion}) that must occur ({@code absent} false) or must not occur ({@code absent} true)
 * between {@code fromDay} and {@code toDay} days relative to entry, both included (e.g. -365 to 0:
 * the year before entry and the entry day), as ATLAS's inclusion criteria with a time window.
 *
 * @param name what the rule checks, as the attrition table shows it
 * @param minAge the youngest age at entry admitted, or null
 * @param maxAge the oldest age at entry admitted, or null
 * @param event the event looked for, or null for an age rule
 * @param fromDay the window's first day relative to entry (negative: before)
 * @param toDay the window's last day relative to entry
 * @param absent whether the event must NOT occur in the window
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InclusionRule(
    String name,
    Integer minAge,
    Integer maxAge,
    EventCriterion event,
    Integer fromDay,
    Integer toDay,
    Boolean absent) {
  /** Refuses a rule without a name, with both or neither of age and event, or a bad window. */
  public InclusionRule {
    if (name == null || name.isBlank()) {
      throw new MedmineUserException("every inclusion rule needs a \"name\".");
    }
    boolean age = minAge != null || maxAge != null;
    if (age == (event != null)) {
      throw new MedmineUserException(
          "inclusion rule '"
              + name
              + "' needs either \"minAge\"/\"maxAge\" or an \"event\", not both or neither.");
    }
    if (event != null && (fromDay == null || toDay == null || fromDay > toDay)) {
      throw new MedmineUserException(
          "inclusion rule '"
              + name
              + "' needs \"fromDay\" <= \"toDay\" (days relative to entry, e.g. -365 and 0).");
    }
    if (age && (fromDay != null || toDay != null || absent != null)) {
      throw new MedmineUserException(
          "inclusion rule '" + name + "' is an age rule: drop \"fromDay\", \"toDay\", \"absent\".");
    }
  }

  /** An age rule. */
  public static InclusionRule age(String name, Integer minAge, Integer maxAge) {
    return new InclusionRule(name, minAge, maxAge, null, null, null, null);
  }

  /** An event rule: {@code event} occurs (or, if {@code absent}, does not) in the window. */
  public static InclusionRule event(
      String name, EventCriterion event, int fromDay, int toDay, boolean absent) {
    return new InclusionRule(name, null, null, event, fromDay, toDay, absent);
  }

  /** Whether the event must not occur. */
  public boolean excludes() {
    return Boolean.TRUE.equals(absent);
  }
}
