package org.medmine.apps.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.apps.nlp.NlpApp;
import org.medmine.apps.nlp.NlpOptions;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.mining.predict.FeatureMatrix;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * Note concepts as study covariates, on a hand-made case in the shared small warehouse: one patient
 * has a note saying "chest pain since this morning", another one saying the patient DENIES chest
 * pain and the mother had it. After {@code medmine nlp}, the covariate "note 30d: chest pain" is 1
 * for the first and 0 for the second (a negated or family mention is not the patient's chest pain);
 * before it, the notes give no covariate at all.
 */
class NoteCovariatesIT {
  private static final LocalDateTime INDEX = LocalDateTime.of(1990, 1, 2, 12, 0);

  @TempDir Path dir;

  @Test
  void onlyMentionsAffirmedOfThePatientBecomeCovariates() throws Exception {
    Path w = dir.resolve("w.duckdb");
    List<String> patients = new ArrayList<>();
    try (Warehouse wh = SmallWarehouse.copy(dir, "w.duckdb")) {
      Connection c = wh.connection();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT id FROM patient ORDER BY id LIMIT 2")) {
        while (rs.next()) {
          patients.add(rs.getString(1));
        }
      }
      note(c, "n-affirmed", patients.get(0), "Chief complaint: chest pain since this morning.");
      note(
          c,
          "n-negated",
          patients.get(1),
          "The patient denies chest pain.\nFamily history: mother had chest pain.");
    }
    StudyDefinition study = notesOnly(StudyDefinition.load("readmission-30d"));
    List<IndexEvent> events =
        patients.stream()
            .map(
                p ->
                    new IndexEvent(
                        "synthea",
                        p,
                        "none",
                        INDEX,
                        INDEX,
                        50,
                        "female",
                        "white",
                        "nonhispanic",
                        false,
                        0))
            .toList();
    assertThat(covariates(w, study, events).names()).noneMatch(n -> n.startsWith("note "));
    NlpApp app = new NlpApp();
    try (AnalysisContext c =
        AnalysisContext.open(ContextRequest.of(w).withResultTables(app.writes()))) {
      c.run(app, new NlpOptions(2, 10));
    }
    FeatureMatrix m = covariates(w, study, events);
    String chestPain =
        m.names().stream()
            .filter(n -> n.startsWith("note 30d: chest pain ["))
            .findFirst()
            .orElseThrow();
    assertThat(m.column(chestPain)).containsExactly(1.0, 0.0);
  }

  private static FeatureMatrix covariates(Path w, StudyDefinition study, List<IndexEvent> events) {
    try (AnalysisContext c = AnalysisContext.open(ContextRequest.of(w))) {
      return FeatureExtractor.extract(c.connection(), study, events);
    }
  }

  /** The study with only the notes family, a 30-day window, every indicator kept. */
  private static StudyDefinition notesOnly(StudyDefinition s) {
    return new StudyDefinition(
        s.name(),
        s.description(),
        s.target(),
        s.outcome(),
        s.timeAtRisk(),
        new StudyDefinition.Covariates(List.of(30), List.of("notes"), List.of(), 1),
        s.model(),
        s.plannedAdmissions());
  }

  private static void note(Connection c, String id, String patient, String text) throws Exception {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO note (source, id, patient_id, note_time, text)"
                + " VALUES ('synthea', ?, ?, TIMESTAMP '1990-01-01 09:00:00', ?)")) {
      p.setString(1, id);
      p.setString(2, patient);
      p.setString(3, text);
      p.executeUpdate();
    }
  }
}
