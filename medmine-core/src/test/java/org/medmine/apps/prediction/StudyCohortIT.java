package org.medmine.apps.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.cohort.EngineFunctions;
import org.medmine.mining.predict.FeatureMatrix;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * The shipped studies on the shared 20-patient population (seed 42): cohort and outcome counts
 * agree with a plain-Java computation over the ingested rows, and no covariate changes when
 * everything after the index is moved a year and more later (no leakage). On this population 54 of
 * the readmission study's 64 inpatient stays are planned (mostly one patient's lung cancer
 * treatment cycles), which leaves 6 discharges and no unplanned readmission, so its counts are also
 * checked with planned admissions counted (59 discharges, 28 readmitted); the diabetes study has
 * 452 well visits but no type 2 diabetes onset within a year of one.
 */
class StudyCohortIT {
  @TempDir Path dir;

  @Test
  void cohortAndOutcomeCountsMatchAPlainJavaComputation() throws Exception {
    try (Warehouse w = SmallWarehouse.copy(dir, "w.duckdb")) {
      EngineFunctions.installDuckDb(w.connection());
      Rows rows = Rows.read(w.connection());
      List<StudyDefinition> studies = new ArrayList<>();
      StudyDefinition.SHIPPED.forEach(name -> studies.add(StudyDefinition.load(name)));
      studies.add(plannedCounted(StudyDefinition.load("readmission-30d")));
      for (StudyDefinition study : studies) {
        boolean plannedCounted =
            study.plannedAdmissions() != null && !study.target().excludePlanned();
        String name = study.name() + (plannedCounted ? " (planned admissions counted)" : "");
        Cohort cohort = CohortBuilder.build(w.connection(), study);
        Map<String, Integer> expected = CohortOracle.counts(study, rows);
        Map<String, Integer> actual = new TreeMap<>();
        actual.put("candidates", cohort.candidates());
        cohort.excluded().forEach((k, v) -> actual.put("excluded " + k, v));
        actual.put("censored", cohort.censored());
        actual.put("censored by death", cohort.censoredByDeath());
        actual.put("kept", cohort.events().size());
        actual.put("outcomes", (int) cohort.outcomes());
        System.out.println(name + ": " + actual);
        assertThat(actual).as(name).isEqualTo(expected);
        assertThat(cohort.events()).as(name + " has a cohort").isNotEmpty();
        if (plannedCounted) {
          assertThat(cohort.outcomes()).as(name + " has outcomes").isPositive();
        }
      }
    }
  }

  /** The study with planned admissions counted, as index events and as readmissions. */
  static StudyDefinition plannedCounted(StudyDefinition s) {
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
            false,
            t.cohort()),
        new StudyDefinition.Outcome(
            s.outcome().kind(),
            s.outcome().encounterClasses(),
            false,
            s.outcome().conditionCodes(),
            s.outcome().cohort()),
        s.timeAtRisk(),
        s.covariates(),
        s.model(),
        s.plannedAdmissions());
  }

  @Test
  void plannedAdmissionsAreNeitherIndexEventsNorReadmissions() throws Exception {
    try (Warehouse w = SmallWarehouse.copy(dir, "planned.duckdb")) {
      EngineFunctions.installDuckDb(w.connection());
      StudyDefinition study = StudyDefinition.load("readmission-30d");
      StudyDefinition.PlannedAdmissions planned = study.plannedAdmissions();
      Cohort cohort = CohortBuilder.build(w.connection(), study);
      assertThat(cohort.excluded().get("planned admission"))
          .as("planned index admissions")
          .isPositive();
      Map<String, String[]> codes = new HashMap<>();
      try (Statement s = w.connection().createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT id, code, reason_code FROM encounter WHERE class_code = 'IMP'")) {
        while (rs.next()) {
          codes.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
        }
      }
      assertThat(cohort.events())
          .isNotEmpty()
          .allSatisfy(
              e ->
                  assertThat(
                          planned.isPlanned(
                              codes.get(e.encounterId())[0], codes.get(e.encounterId())[1]))
                      .as(e.encounterId())
                      .isFalse());
      // Planned admissions counted: more discharges and more readmissions (the lung cancer
      // treatment cycles).
      StudyDefinition counted = plannedCounted(study);
      Cohort withPlanned = CohortBuilder.build(w.connection(), counted);
      assertThat(withPlanned.candidates()).isEqualTo(cohort.candidates());
      assertThat(withPlanned.excluded().get("planned admission")).isZero();
      assertThat(withPlanned.events().size()).isGreaterThan(cohort.events().size());
      assertThat(withPlanned.outcomes())
          .as("planned readmissions counted")
          .isGreaterThan(cohort.outcomes());
    }
  }

  @Test
  void covariatesDoNotChangeWhenTheDataAfterTheIndexIsShifted() throws Exception {
    try (Warehouse w = SmallWarehouse.copy(dir, "leak.duckdb")) {
      EngineFunctions.installDuckDb(w.connection());
      Connection c = w.connection();
      for (String name : StudyDefinition.SHIPPED) {
        StudyDefinition study = StudyDefinition.load(name);
        // One index event per patient (the first), so "after the index" is one date per patient.
        Map<String, IndexEvent> first = new TreeMap<>();
        for (IndexEvent e : CohortBuilder.build(c, study).events()) {
          first.putIfAbsent(e.patientKey(), e);
        }
        List<IndexEvent> events = new ArrayList<>(first.values());
        FeatureMatrix before = FeatureExtractor.extract(c, study, events);
        long leakyBefore = encountersInTheYearAfter(c, events);
        int shifted = LeakageShift.shiftAfterIndex(c, events, 400);
        FeatureMatrix after = FeatureExtractor.extract(c, study, events);
        assertThat(shifted).as("rows moved").isPositive();
        assertThat(encountersInTheYearAfter(c, events))
            .as(name + ": a leaky covariate would have changed")
            .isNotEqualTo(leakyBefore);
        assertThat(after.names()).isEqualTo(before.names());
        for (int i = 0; i < before.size(); i++) {
          assertThat(after.rows()[i]).as(name + " row " + i).containsExactly(before.rows()[i]);
        }
        assertThat(before.names())
            .as(name)
            .contains("age", FeatureExtractor.CHARLSON)
            .hasSizeGreaterThan(10);
        LeakageShift.shiftAfterIndex(c, events, -400); // restore for the next study
      }
    }
  }

  private static long encountersInTheYearAfter(Connection c, List<IndexEvent> events)
      throws SQLException {
    long n = 0;
    try (Statement s = c.createStatement()) {
      for (IndexEvent e : events) {
        try (ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM encounter WHERE source = '"
                    + e.source()
                    + "' AND patient_id = '"
                    + e.patientId()
                    + "' AND start_time > TIMESTAMP '"
                    + e.indexTime().toString().replace('T', ' ')
                    + "' AND start_time <= TIMESTAMP '"
                    + e.indexTime().plusDays(365).toString().replace('T', ' ')
                    + "'")) {
          rs.next();
          n += rs.getLong(1);
        }
      }
    }
    return n;
  }

  /** The ingested rows the oracle needs, read without any of the cohort logic. */
  record Rows(List<Enc> encounters, Map<String, Pat> patients, List<Cond> conditions) {
    record Enc(
        String patient,
        String id,
        String classCode,
        String code,
        String reason,
        LocalDateTime start,
        LocalDateTime end) {}

    record Pat(LocalDate birth, LocalDateTime death) {}

    record Cond(String patient, String code, LocalDateTime onset) {}

    static Rows read(Connection c) throws SQLException {
      List<Enc> enc = new ArrayList<>();
      Map<String, Pat> pats = new HashMap<>();
      List<Cond> conds = new ArrayList<>();
      try (Statement s = c.createStatement()) {
        try (ResultSet rs =
            s.executeQuery(
                "SELECT source || '/' || patient_id, id, class_code, code, reason_code,"
                    + " CAST(start_time AS VARCHAR), CAST(end_time AS VARCHAR) FROM encounter")) {
          while (rs.next()) {
            enc.add(
                new Enc(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    t(rs.getString(6)),
                    t(rs.getString(7))));
          }
        }
        try (ResultSet rs =
            s.executeQuery(
                "SELECT source || '/' || id, CAST(birth_date AS VARCHAR), CAST(death_time AS VARCHAR) FROM patient")) {
          while (rs.next()) {
            pats.put(
                rs.getString(1),
                new Pat(
                    rs.getString(2) == null ? null : LocalDate.parse(rs.getString(2)),
                    t(rs.getString(3))));
          }
        }
        try (ResultSet rs =
            s.executeQuery(
                "SELECT source || '/' || patient_id, code, CAST(onset_time AS VARCHAR) FROM condition")) {
          while (rs.next()) {
            conds.add(new Cond(rs.getString(1), rs.getString(2), t(rs.getString(3))));
          }
        }
      }
      return new Rows(enc, pats, conds);
    }

    private static LocalDateTime t(String s) {
      return s == null ? null : LocalDateTime.parse(s.replace(' ', 'T'));
    }

    static long days(LocalDateTime from, LocalDateTime to) {
      return ChronoUnit.DAYS.between(from.toLocalDate(), to.toLocalDate());
    }
  }
}
