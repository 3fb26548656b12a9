package org.medmine.cohort;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.medmine.model.MedmineUserException;

/**
 * A cohort as code, in the spirit of OHDSI's ATLAS cohort definitions (Hripcsak et al.,
 * "Observational Health Data Sciences and Informatics", 2015; The Book of OHDSI, ch. 10 "Defining
 * Cohorts"): the entry event (each patient's earliest qualifying event), the observation required
 * around it, the inclusion rules judged at entry (applied in order, which gives the attrition), and
 * the exit. A patient is in the cohort from the entry day to the exit day. Definitions are JSON
 * ({@link #parse}, {@link #toJson}; docs/cohorts.md); a field the format does not know is refused,
 * not ignored.
 *
 * @param name the cohort's name in the {@code cohort} table: letters, digits, '-' and '_'
 * @param entry the entry event
 * @param observation the observation required before and after entry
 * @param inclusion the inclusion rules, in order
 * @param exit when membership ends
 */
public record CohortDefinition(
    String name,
    EventCriterion entry,
    ObservationRequirement observation,
    List<InclusionRule> inclusion,
    CohortExit exit) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  /**
   * Whether {@code name} can name a cohort (letters, digits, '-' and '_', at most 64): what a
   * reference to a built cohort (a study's target or outcome) is checked against.
   */
  public static boolean isName(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(SerializationFeature.INDENT_OUTPUT);

  /** Refuses a bad name or a missing entry event; fills the defaults. */
  public CohortDefinition {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new MedmineUserException(
          "the cohort \"name\" must be letters, digits, '-' and '_' (at most 64), not '"
              + name
              + "'.");
    }
    if (entry == null) {
      throw new MedmineUserException("cohort '" + name + "' needs an \"entry\" event.");
    }
    observation = observation == null ? ObservationRequirement.NONE : observation;
    inclusion = inclusion == null ? List.of() : List.copyOf(inclusion);
    exit = exit == null ? CohortExit.OBSERVATION_END : exit;
  }

  /** The definition in {@code file}; a file that is not one is a user error naming it. */
  public static CohortDefinition read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new MedmineUserException("Cannot read " + file + ": check the path.", e);
    }
    return parse(text, file.toString());
  }

  /**
   * The definition in the JSON {@code text} from {@code origin} (a file name for messages). Errors
   * are one sentence naming the origin, and the unknown field or the broken rule.
   */
  public static CohortDefinition parse(String text, String origin) {
    try {
      KnownFields.firstUnknown(JSON.readTree(text), CohortDefinition.class, "")
          .ifPresent(
              field -> {
                throw new MedmineUserException(
                    origin
                        + ": unknown field \""
                        + field
                        + "\": remove it or fix its spelling (docs/cohorts.md lists the fields).");
              });
      return JSON.readValue(text, CohortDefinition.class);
    } catch (UnrecognizedPropertyException e) {
      throw new MedmineUserException(
          origin
              + ": unknown field \""
              + e.getPropertyName()
              + "\""
              + where(e)
              + ": remove it or fix its spelling (docs/cohorts.md lists the fields).",
          e);
    } catch (JsonMappingException e) {
      MedmineUserException.in(e)
          .ifPresent(
              u -> {
                throw new MedmineUserException(origin + ": " + u.getMessage(), e);
              });
      throw new MedmineUserException(
          origin + " is not a cohort definition" + where(e) + ": " + e.getOriginalMessage() + ".",
          e);
    } catch (JsonProcessingException e) {
      throw new MedmineUserException(
          origin + " is not valid JSON" + where(e) + ": " + e.getOriginalMessage() + ".", e);
    }
  }

  /** The definition as JSON, which {@link #parse} reads back to an equal definition. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write cohort definition " + name, e);
    }
  }

  private static String where(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }
}
