package org.medmine.cohort;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.medmine.model.MedmineUserException;

/**
 * The kinds of coded clinical event a cohort definition selects by, each with the warehouse table
 * that holds it and the time that dates it, in the sense of the OMOP CDM's domains (condition,
 * drug, procedure, measurement, visit): a condition by its onset (FHIR R4 Condition.onset), a
 * medication by its start (MedicationRequest.authoredOn), a procedure by its start, a measurement
 * (any Observation) by its effective time, an encounter by its start.
 */
public enum EventDomain {
  CONDITION("condition", "onset_time"),
  MEDICATION("medication", "start_time"),
  PROCEDURE("procedure", "start_time"),
  MEASUREMENT("observation", "effective_time"),
  ENCOUNTER("encounter", "start_time");

  private final String table;
  private final String timeColumn;

  EventDomain(String table, String timeColumn) {
    this.table = table;
    this.timeColumn = timeColumn;
  }

  /** The warehouse table of the events. */
  public String table() {
    return table;
  }

  /** The column of {@link #table} that dates an event. */
  public String timeColumn() {
    return timeColumn;
  }

  /** The domain a definition names (condition, medication, procedure, measurement, encounter). */
  @JsonCreator
  public static EventDomain parse(String name) {
    for (EventDomain d : values()) {
      if (d.toString().equals(name)) {
        return d;
      }
    }
    throw new MedmineUserException(
        "'"
            + name
            + "' is not an event domain: use condition, medication, procedure, measurement or"
            + " encounter.");
  }

  @JsonValue
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
