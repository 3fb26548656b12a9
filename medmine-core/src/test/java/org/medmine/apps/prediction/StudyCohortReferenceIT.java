package org.medmine.apps.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.apps.cohorts.CohortBuildApp;
import org.medmine.apps.cohorts.CohortBuildOptions;
import org.medmine.cohort.CohortDefinition;
import org.medmine.cohort.EngineFunctions;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.model.MedmineUserException;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * A study may take a cohort built by {@code cohort build} as its outcome (entering the cohort in
 * the time at risk) or as its population (index events inside the cohort's spans). On the shared
 * 20-patient warehouse, each index event's label and each kept event are checked against SQL over
 * the {@code cohort} table written here.
 */
class StudyCohortReferenceIT {
  static final String RESPIRATORY =
      """
      {"name": "respiratory",
       "entry": {"domain": "condition", "system": "http://snomed.info/sct",
                 "codes": ["444814009", "195662009", "10509002", "15777000", "162864005", "40055000"]}}
      """;

  @TempDir Path dir;

  private Path warehouseWithCohort() {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    Path w = dir.resolve("w.duckdb");
    CohortBuildApp app = new CohortBuildApp();
    try (AnalysisContext c =
        AnalysisContext.open(ContextRequest.of(w).withResultTables(app.writes()))) {
      c.run(app, new CohortBuildOptions(List.of(CohortDefinition.parse(RESPIRATORY, "test"))));
    }
    return w;
  }

  private static StudyDefinition with(
      StudyDefinition s, String targetCohort, StudyDefinition.Outcome outcome) {
    StudyDefinition.Target t = s.target();
    return new StudyDefinition(
        s.name(),
        s.description(),
        new StudyDefinition.Target(
            t.encounterClasses(),
            t.encounterCodes(),
            t.indexAt(),
            t.minAgeYears(),
            t.minPriorObservationDays(),
            t.excludeDiedDuringStay(),
            t.excludePriorOutcome(),
            t.excludePlanned(),
            targetCohort),
        outcome,
        s.timeAtRisk(),
        s.covariates(),
        s.model(),
        s.plannedAdmissions());
  }

  /** Each patient's spans of the cohort, as [start, end] days. */
  private static Map<String, List<LocalDate[]>> spans(Connection c) throws Exception {
    Map<String, List<LocalDate[]>> out = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT source || '/' || patient_id, cohort_start, cohort_end FROM cohort"
                    + " WHERE cohort_name = 'respiratory'")) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(
                new LocalDate[] {
                  rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)
                });
      }
    }
    return out;
  }

  @Test
  void enteringACohortIsTheOutcomeAndACohortIsThePopulation() throws Exception {
    Path w = warehouseWithCohort();
    StudyDefinition base = StudyDefinition.load("t2d-onset-1y");
    StudyDefinition.Outcome entering =
        new StudyDefinition.Outcome("cohort", null, false, null, "respiratory");
    int from = base.timeAtRisk().startDays();
    int to = base.timeAtRisk().endDays();
    try (Warehouse wh = Warehouse.openExisting(w, false)) {
      Connection c = wh.connection();
      EngineFunctions.installDuckDb(c);
      Map<String, List<LocalDate[]>> spans = spans(c);
      assertThat(spans).as("cohort members").hasSizeGreaterThan(5);

      Cohort outcome = CohortBuilder.build(c, with(base, null, entering));
      assertThat(outcome.events()).isNotEmpty();
      long positives = 0;
      for (IndexEvent e : outcome.events()) {
        LocalDate day = e.indexTime().toLocalDate();
        List<LocalDate[]> s = spans.getOrDefault(e.patientKey(), List.of());
        boolean entered =
            s.stream()
                .anyMatch(
                    x -> !x[0].isBefore(day.plusDays(from)) && !x[0].isAfter(day.plusDays(to)));
        boolean enteredBefore = s.stream().anyMatch(x -> x[0].isBefore(day.plusDays(from)));
        assertThat(e.outcome()).as(e.encounterId()).isEqualTo(entered);
        assertThat(enteredBefore).as("prior outcome left out: " + e.encounterId()).isFalse();
        positives += entered ? 1 : 0;
      }
      assertThat(positives).as("index events followed by entry into the cohort").isPositive();
      assertThat(outcome.excluded().get("prior outcome")).isPositive();

      Cohort everyone = CohortBuilder.build(c, base);
      Cohort inside = CohortBuilder.build(c, with(base, "respiratory", base.outcome()));
      List<String> expected =
          everyone.events().stream()
              .filter(
                  e ->
                      spans.getOrDefault(e.patientKey(), List.of()).stream()
                          .anyMatch(
                              x ->
                                  !e.indexTime().toLocalDate().isBefore(x[0])
                                      && !e.indexTime().toLocalDate().isAfter(x[1])))
              .map(IndexEvent::encounterId)
              .toList();
      assertThat(inside.events()).extracting(IndexEvent::encounterId).isEqualTo(expected);
      assertThat(expected.size()).isPositive().isLessThan(everyone.events().size());
    }
  }

  @Test
  void aCohortThatWasNotBuiltOrABadNameIsOneSentence() throws Exception {
    Path w = warehouseWithCohort();
    StudyDefinition base = StudyDefinition.load("t2d-onset-1y");
    try (Warehouse wh = Warehouse.openExisting(w, false)) {
      EngineFunctions.installDuckDb(wh.connection());
      assertThatThrownBy(
              () ->
                  CohortBuilder.build(
                      wh.connection(),
                      with(
                          base,
                          null,
                          new StudyDefinition.Outcome("cohort", null, false, null, "unbuilt"))))
          .isInstanceOf(MedmineUserException.class)
          .hasMessageContaining("names the cohort 'unbuilt', which has no rows")
          .hasMessageEndingWith("medmine cohort build DEF.json.");
    }
    assertThatThrownBy(() -> new StudyDefinition.Outcome("cohort", null, false, null, null))
        .isInstanceOf(MedmineUserException.class);
    assertThatThrownBy(() -> with(base, "x' OR 1=1 --", base.outcome()))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageStartingWith("target.cohort names a cohort");
  }
}
