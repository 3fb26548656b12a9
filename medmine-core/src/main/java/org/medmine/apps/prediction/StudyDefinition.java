package org.medmine.apps.prediction;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.medmine.cohort.CohortDefinition;
import org.medmine.ingest.JsonInputError;
import org.medmine.model.MedmineUserException;

/**
 * A patient-level prediction problem in the shape of OHDSI's PatientLevelPrediction (Reps et al.,
 * JAMIA 2018): a target cohort of index events, an outcome, a time at risk after the index, and
 * covariates from look-back windows before it. One JSON file per study; two ship as resources
 * ({@link #SHIPPED}).
 *
 * @param name a short name (file name without {@code .json})
 * @param description one sentence for the model card
 * @param target the index events and who is in the cohort
 * @param outcome what counts as the outcome
 * @param timeAtRisk the window after the index, in calendar days
 * @param covariates the covariate families and windows
 * @param model split, cross-validation and threshold settings
 */
public record StudyDefinition(
    String name,
    String description,
    Target target,
    Outcome outcome,
    TimeAtRisk timeAtRisk,
    Covariates covariates,
    ModelSettings model,
    PlannedAdmissions plannedAdmissions) {

  public StudyDefinition {
    if ((target.excludePlanned() || outcome.excludePlanned())
        && (plannedAdmissions == null || plannedAdmissions.groups().isEmpty())) {
      throw new MedmineUserException(
          "Study "
              + name
              + " excludes planned admissions but lists none: add a plannedAdmissions"
              + " section with its groups of encounter and reason codes, or set excludePlanned to false.");
    }
  }

  /** The classification studies shipped with medmine. */
  public static final List<String> SHIPPED = List.of("readmission-30d", "t2d-onset-1y");

  /** The regression studies shipped with medmine. */
  public static final List<String> SHIPPED_REGRESSION = List.of("los-inpatient");

  /** The outcome kind of entering a built cohort ({@code medmine cohort build}). */
  public static final String COHORT = "cohort";

  /** The outcome kind of a length-of-stay regression. */
  public static final String LENGTH_OF_STAY = "length-of-stay";

  /**
   * Index events: encounters of the given classes (and codes, when listed), indexed at their start
   * or end.
   *
   * @param encounterClasses v3 ActCode classes (IMP, EMER, AMB, ...)
   * @param encounterCodes SNOMED encounter codes; empty means any
   * @param indexAt {@code start} or {@code end} (discharge) of the encounter
   * @param minAgeYears youngest age at index, in whole years
   * @param minPriorObservationDays days of record (since the first encounter) required before the
   *     index
   * @param excludeDiedDuringStay drop index events whose patient died before the index or on its
   *     day
   * @param excludePriorOutcome drop index events whose patient already had the outcome condition
   * @param excludePlanned drop index admissions that are planned ({@link
   *     StudyDefinition#plannedAdmissions()})
   * @param cohort a cohort built by {@code medmine cohort build} (its name in the {@code cohort}
   *     table) the study's population is drawn from: an index event counts only when its day lies
   *     in one of the patient's spans of that cohort; null for no such restriction
   */
  public record Target(
      List<String> encounterClasses,
      List<String> encounterCodes,
      String indexAt,
      int minAgeYears,
      int minPriorObservationDays,
      boolean excludeDiedDuringStay,
      boolean excludePriorOutcome,
      boolean excludePlanned,
      @JsonInclude(JsonInclude.Include.NON_NULL) String cohort) {
    public Target {
      requireCohortName(cohort, "target.cohort");
      encounterCodes = encounterCodes == null ? List.of() : List.copyOf(encounterCodes);
      encounterClasses = List.copyOf(encounterClasses);
      if (!"start".equals(indexAt) && !"end".equals(indexAt)) {
        throw new MedmineUserException(
            "target.indexAt is 'start' or 'end', not '" + indexAt + "'.");
      }
    }
  }

  /**
   * The outcome: an encounter (e.g. an unplanned admission) or a condition onset (classification),
   * or the length of the index stay in days (regression, {@code length-of-stay}).
   *
   * @param kind {@code encounter}, {@code condition} or {@code length-of-stay}
   * @param encounterClasses for encounters: their classes
   * @param excludePlanned for encounters: planned admissions ({@link
   *     StudyDefinition#plannedAdmissions()}) do not count
   * @param conditionCodes for conditions: the SNOMED codes
   * @param cohort for {@code cohort}: the built cohort (its name in the {@code cohort} table) whose
   *     entry (cohort_start) is the outcome
   */
  public record Outcome(
      String kind,
      List<String> encounterClasses,
      boolean excludePlanned,
      List<String> conditionCodes,
      @JsonInclude(JsonInclude.Include.NON_NULL) String cohort) {
    public Outcome {
      encounterClasses = encounterClasses == null ? List.of() : List.copyOf(encounterClasses);
      conditionCodes = conditionCodes == null ? List.of() : List.copyOf(conditionCodes);
      if (!List.of("encounter", "condition", COHORT, LENGTH_OF_STAY).contains(kind)) {
        throw new MedmineUserException(
            "outcome.kind is 'encounter', 'condition', 'cohort' or 'length-of-stay', not '"
                + kind
                + "'.");
      }
      if (COHORT.equals(kind) && cohort == null) {
        throw new MedmineUserException(
            "An outcome of kind 'cohort' names the cohort: add \"cohort\": \"NAME\", a cohort"
                + " built with medmine cohort build.");
      }
      requireCohortName(cohort, "outcome.cohort");
    }
  }

  /**
   * Outcome dates counted from {@code startDays} to {@code endDays} calendar days after the index
   * date.
   */
  public record TimeAtRisk(int startDays, int endDays) {
    public TimeAtRisk {
      if (startDays < 0 || endDays < startDays) {
        throw new MedmineUserException(
            "timeAtRisk needs 0 <= startDays <= endDays, not " + startDays + ".." + endDays + ".");
      }
    }
  }

  /**
   * Covariates.
   *
   * @param windowsDays look-back windows for condition, drug and procedure indicators
   * @param families which families: demographics, conditions, drugs, procedures, notes (concepts
   *     asserted of the patient in notes, when {@code medmine nlp} has written them), visits,
   *     lengthOfStay, charlson, labs
   * @param labs LOINC codes whose last value in 365 days is a covariate
   * @param minCount an indicator is kept when at least this many index events have it
   */
  public record Covariates(
      List<Integer> windowsDays, List<String> families, List<String> labs, int minCount) {
    public Covariates {
      windowsDays = List.copyOf(windowsDays);
      families = List.copyOf(families);
      labs = labs == null ? List.of() : List.copyOf(labs);
    }

    public boolean has(String family) {
      return families.contains(family);
    }
  }

  /**
   * Model settings.
   *
   * @param testFraction share of patients held out
   * @param folds cross-validation folds on the training patients
   * @param seed the seed of the split, the folds and the boosted trees
   * @param threshold the operating threshold on predicted risk
   * @param baseline {@code lace} for the LACE index, or {@code none}
   */
  public record ModelSettings(
      double testFraction, int folds, long seed, double threshold, String baseline) {}

  /**
   * Which admissions are planned, after the CMS Planned Readmission Algorithm v4.0 (Horwitz et al.,
   * Yale CORE 2016): always-planned groups (transplant, maintenance chemotherapy, rehabilitation)
   * and potentially planned procedures done for a non-acute condition. An admission is planned when
   * its encounter code or its reason code is in any group. The lists name the codes Synthea emits
   * for such stays (see docs/prediction.md).
   *
   * @param basis where the groups come from, one sentence for the model card
   * @param groups named code groups
   */
  public record PlannedAdmissions(String basis, List<Group> groups) {
    public PlannedAdmissions {
      groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** Every encounter code of every group. */
    public List<String> allEncounterCodes() {
      return groups.stream().flatMap(g -> g.encounterCodes().stream()).distinct().toList();
    }

    /** Every reason code of every group. */
    public List<String> allReasonCodes() {
      return groups.stream().flatMap(g -> g.reasonCodes().stream()).distinct().toList();
    }

    /**
     * Whether an admission with this SNOMED encounter code and reason code (either may be null) is
     * planned.
     */
    public boolean isPlanned(String encounterCode, String reasonCode) {
      return groups.stream()
          .anyMatch(
              g ->
                  (encounterCode != null && g.encounterCodes().contains(encounterCode))
                      || (reasonCode != null && g.reasonCodes().contains(reasonCode)));
    }
  }

  /**
   * One group of planned admissions.
   *
   * @param name the group and why its admissions are planned
   * @param encounterCodes SNOMED encounter type codes
   * @param reasonCodes SNOMED reason codes
   */
  public record Group(String name, List<String> encounterCodes, List<String> reasonCodes) {
    public Group {
      encounterCodes = encounterCodes == null ? List.of() : List.copyOf(encounterCodes);
      reasonCodes = reasonCodes == null ? List.of() : List.copyOf(reasonCodes);
    }
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** A shipped study by name, or a study file. */
  public static StudyDefinition load(String nameOrFile) {
    if (SHIPPED.contains(nameOrFile) || SHIPPED_REGRESSION.contains(nameOrFile)) {
      try (InputStream in =
          StudyDefinition.class.getResourceAsStream("studies/" + nameOrFile + ".json")) {
        return JSON.readValue(in, StudyDefinition.class);
      } catch (IOException e) {
        throw new IllegalStateException("the shipped study " + nameOrFile + " cannot be read", e);
      }
    }
    Path file = Path.of(nameOrFile);
    if (!Files.isRegularFile(file)) {
      throw new MedmineUserException(
          "No study named '"
              + nameOrFile
              + "' and no such file: give one of "
              + SHIPPED
              + ", "
              + SHIPPED_REGRESSION
              + " or a study JSON file.");
    }
    try {
      return JSON.readValue(file.toFile(), StudyDefinition.class);
    } catch (JsonProcessingException e) {
      throw new MedmineUserException(
          "The study file "
              + file
              + " is not a valid study definition ("
              + JsonInputError.describe(e)
              + "): fix it, taking a shipped study as the example.",
          e);
    } catch (IOException e) {
      throw new MedmineUserException(
          "Cannot read the study file " + file + " (" + e.getMessage() + "): check the file.", e);
    }
  }

  private static void requireCohortName(String cohort, String field) {
    if (cohort != null && !CohortDefinition.isName(cohort)) {
      throw new MedmineUserException(
          field
              + " names a cohort by its name in the cohort table (letters, digits, '-' and '_'),"
              + " not '"
              + cohort
              + "'.");
    }
  }

  /** The built cohorts the study reads (its target's and its outcome's), in that order. */
  @JsonIgnore
  public List<String> cohorts() {
    return java.util.stream.Stream.of(target.cohort(), outcome.cohort())
        .filter(java.util.Objects::nonNull)
        .distinct()
        .toList();
  }

  /** Whether the outcome is a number (length of stay) rather than an event. */
  @JsonIgnore
  public boolean isRegression() {
    return LENGTH_OF_STAY.equals(outcome.kind());
  }

  /** The JSON text of this definition (for provenance). */
  public String toJson() {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
