package org.medmine.apps.synthesis;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One patient as the {@link SynthesisModel} sees them, real or synthetic: demographics (geography
 * to the state only, Safe Harbor's coarsest allowed place), the first occurrence of each condition,
 * drug and procedure code with the age it happened at, and the encounters with their lab values.
 *
 * @param id the patient's id (a real one's source and id; a synthetic one's new id)
 * @param sex FHIR administrative gender
 * @param race OMB race category
 * @param ethnicity hispanic or nonhispanic
 * @param birthYear the year of birth
 * @param state the state of residence
 * @param organization the organization most of their encounters were at, or null
 * @param events first occurrences, in order of age
 * @param visits encounters, in order of age
 */
record PatientRecord(
    String id,
    String sex,
    String race,
    String ethnicity,
    int birthYear,
    String state,
    String organization,
    List<Event> events,
    List<Visit> visits) {

  /**
   * The first occurrence of a code.
   *
   * @param code the event's key in the {@link Vocabulary} ({@code kind|system|code})
   * @param ageDays age in days at the first occurrence
   * @param visitKind the key of the kind of encounter it happened in, or null
   */
  record Event(String code, int ageDays, String visitKind) {}

  /**
   * An encounter.
   *
   * @param kind the encounter kind's key in the {@link Vocabulary}
   * @param ageDays age in days at its start
   * @param minutes its length in minutes
   * @param labs its numeric observations
   */
  record Visit(String kind, int ageDays, long minutes, List<Lab> labs) {}

  /** A numeric observation: its code's key in the {@link Vocabulary} and its value. */
  record Lab(String code, double value) {}

  /** The distinct event codes, the record's clinical content for distances. */
  Set<String> codes() {
    Set<String> out = new TreeSet<>();
    events.forEach(e -> out.add(e.code()));
    return out;
  }

  /** The value of a demographic column by name (as {@link Fidelity#COLUMNS} names them). */
  String column(String name, int asOfYear) {
    return switch (name) {
      case "sex" -> sex;
      case "race" -> race;
      case "ethnicity" -> ethnicity;
      case "age_band" -> AgeBands.of((asOfYear - birthYear) * 365);
      case "state" -> state;
      default -> throw new IllegalArgumentException(name);
    };
  }
}
