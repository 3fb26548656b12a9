package org.medmine.apps.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.context.SharedSql;
import org.medmine.mining.nlp.ConceptCategory;
import org.medmine.mining.nlp.Lexicon;
import org.medmine.mining.nlp.NoteAnnotator;
import org.medmine.mining.nlp.NoteMention;
import org.medmine.mining.nlp.ParallelAnnotator;
import org.medmine.privacy.ConsentImporter;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * The nlp app on the shared 20-patient Synthea warehouse: note_concept holds, note for note, what
 * the annotator finds when run directly on the note's text; a re-run replaces the table with the
 * same rows, a run that fails half-way leaves the previous table; the notes of a patient who
 * withdrew consent are neither counted nor stored; every query stays in the SQL DuckDB and Spark
 * share.
 */
class NlpAppIT {
  private static final String ROW =
      "SELECT concat_ws('|', span_start, span_end, section, concept_id, coalesce(code, '-'),"
          + " text, assertion, temporality, experiencer, coalesce(trigger, '-')) FROM note_concept";

  @TempDir Path dir;

  private NlpResult run(Path w, List<String> heard) {
    NlpApp app = new NlpApp();
    try (AnalysisContext c =
        AnalysisContext.open(
            ContextRequest.of(w).withResultTables(app.writes()).withQueries(heard::add))) {
      return c.run(app, new NlpOptions(2, 10));
    }
  }

  @Test
  void noteConceptHoldsWhatTheAnnotatorFindsInEachNote() throws Exception {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    Path w = dir.resolve("w.duckdb");
    List<String> heard = new ArrayList<>();
    NlpResult result = run(w, heard);
    try (Warehouse wh = Warehouse.openExisting(w, true)) {
      Connection c = wh.connection();
      NoteAnnotator annotator = NoteAnnotator.with(Lexicon.standard().withDisplays(displays(c)));
      long notes = count(c, "SELECT count(*) FROM note WHERE text IS NOT NULL");
      long rows = count(c, "SELECT count(*) FROM note_concept");
      assertThat(notes).isGreaterThan(1000);
      assertThat(result.corpus().notes()).isEqualTo(notes);
      assertThat(rows)
          .isEqualTo(result.corpus().rowsWritten())
          .isEqualTo(result.corpus().mentions());
      int checked = 0;
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT id, text FROM note WHERE text IS NOT NULL ORDER BY hash(id) LIMIT 12")) {
        while (rs.next()) {
          List<String> expected =
              annotator.annotate(rs.getString(2)).mentions().stream()
                  .map(NlpAppIT::row)
                  .sorted()
                  .toList();
          assertThat(rows(c, " WHERE note_id = '" + rs.getString(1) + "'"))
              .as("note " + rs.getString(1))
              .isEqualTo(expected);
          checked += expected.isEmpty() ? 0 : 1;
        }
      }
      assertThat(checked).isGreaterThan(6);
      assertThat(count(c, "SELECT count(*) FROM note_concept WHERE assertion = 'negated'"))
          .isEqualTo(result.judgements().get("assertion").get("negated"))
          .isPositive();
      mentalHealthAgreesWithTheTable(c, result);
    }
    assertThat(heard.stream().filter(q -> !SharedSql.violations(q).isEmpty()).toList())
        .as("queries outside the SQL DuckDB and Spark share")
        .isEmpty();
  }

  @Test
  void aRerunReplacesTheTableAndAFailedRunLeavesThePreviousOne() throws Exception {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    Path w = dir.resolve("w.duckdb");
    run(w, new ArrayList<>());
    List<String> first = rowsOf(w);
    NlpResult again = run(w, new ArrayList<>());
    List<String> second = rowsOf(w);
    assertThat(second).hasSize((int) again.corpus().rowsWritten()).isEqualTo(first);
    AtomicInteger seen = new AtomicInteger();
    NlpApp app = new NlpApp();
    try (AnalysisContext c =
        AnalysisContext.open(ContextRequest.of(w).withResultTables(app.writes()))) {
      ParallelAnnotator annotator =
          new ParallelAnnotator(NoteAnnotator.with(Lexicon.standard()), 2);
      assertThatThrownBy(
              () ->
                  NoteConceptTable.rebuild(
                      c.connection(),
                      annotator,
                      (n, a) -> {
                        if (seen.incrementAndGet() == 500) {
                          throw new IllegalStateException("planted failure");
                        }
                      }))
          .hasMessageContaining("planted failure");
    }
    assertThat(seen.get()).isGreaterThanOrEqualTo(500);
    assertThat(rowsOf(w)).isEqualTo(first);
  }

  @Test
  void notesOfAPatientWhoWithdrewConsentAreNeitherAnnotatedNorStored() throws Exception {
    Path w = dir.resolve("w.duckdb");
    String denier;
    long allNotes;
    long denierNotes;
    try (Warehouse wh = SmallWarehouse.copy(dir, "w.duckdb")) {
      Connection c = wh.connection();
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT patient_id, count(*) FROM note WHERE text IS NOT NULL"
                      + " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1")) {
        rs.next();
        denier = rs.getString(1);
        denierNotes = rs.getLong(2);
      }
      allNotes = count(c, "SELECT count(*) FROM note WHERE text IS NOT NULL");
      Path optOut = dir.resolve("optout.txt");
      Files.writeString(optOut, denier + "\n");
      ConsentImporter.importOptOut(c, "synthea", optOut);
    }
    NlpResult result = run(w, new ArrayList<>());
    assertThat(result.provenance().excludedByConsent()).isEqualTo(1);
    assertThat(result.corpus().notes()).isEqualTo(allNotes - denierNotes);
    assertThat(result.mentalHealth())
        .noneMatch(p -> p.profile().patientId().equals(denier))
        .isNotEmpty();
    try (Warehouse wh = Warehouse.openExisting(w, true)) {
      assertThat(count(wh.connection(), "SELECT count(*) FROM note_concept")).isPositive();
      assertThat(
              count(
                  wh.connection(),
                  "SELECT count(*) FROM note_concept WHERE patient_id = '" + denier + "'"))
          .isZero();
    }
  }

  /**
   * The mental-health view: its mention counts add up to the marker rows of note_concept (patient's
   * own: asserted, negated or uncertain; family apart), and each latest score is the patient's last
   * observation of that LOINC code.
   */
  private static void mentalHealthAgreesWithTheTable(Connection c, NlpResult result)
      throws SQLException {
    long patientRows = 0;
    long familyRows = 0;
    int scores = 0;
    for (NlpResult.PatientMentalHealth p : result.mentalHealth()) {
      for (var m : p.profile().markers().values()) {
        patientRows += m.asserted() + m.negated() + m.uncertain();
        familyRows += m.family();
      }
      for (var s : p.profile().latestScores()) {
        scores++;
        assertThat(
                count(
                    c,
                    "SELECT CAST(strftime(max(effective_time), '%Y%m%d') AS BIGINT) FROM observation"
                        + " WHERE patient_id = '"
                        + p.profile().patientId()
                        + "' AND code = '"
                        + s.instrument().loinc()
                        + "' AND value_number IS NOT NULL"))
            .isEqualTo(Long.parseLong(s.date().toString().replace("-", "")));
      }
    }
    assertThat(patientRows)
        .isEqualTo(
            count(
                c,
                "SELECT count(*) FROM note_concept WHERE marker IS NOT NULL AND experiencer = 'patient'"))
        .isPositive();
    assertThat(familyRows)
        .isEqualTo(
            count(
                c,
                "SELECT count(*) FROM note_concept WHERE marker IS NOT NULL AND experiencer = 'family'"));
    assertThat(scores).isPositive();
  }

  /** A mention as the test reads note_concept's row of it. */
  private static String row(NoteMention m) {
    var code = m.mention().concept().codes();
    return String.join(
        "|",
        "" + m.mention().start(),
        "" + m.mention().end(),
        m.section().name(),
        m.mention().concept().id(),
        code.isEmpty() ? "-" : code.get(0).code(),
        m.mention().text(),
        m.judgement().assertion().label(),
        m.judgement().temporality().label(),
        m.judgement().experiencer().label(),
        m.judgement().triggers().isEmpty() ? "-" : String.join("; ", m.judgement().triggers()));
  }

  private static List<String> rowsOf(Path w) throws SQLException {
    try (Warehouse wh = Warehouse.openExisting(w, true)) {
      return rows(wh.connection(), "");
    }
  }

  private static List<String> rows(Connection c, String where) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(ROW + where + " ORDER BY 1");
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out.stream().sorted().toList();
  }

  /** The warehouse's condition, medication and procedure displays, read here on their own. */
  private static List<Lexicon.WarehouseConcept> displays(Connection c) throws SQLException {
    List<Lexicon.WarehouseConcept> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT DISTINCT 1 AS t, code_system, code, code_display FROM condition"
                    + " WHERE code IS NOT NULL AND code_display IS NOT NULL UNION ALL"
                    + " SELECT DISTINCT 2, code_system, code, code_display FROM medication"
                    + " WHERE code IS NOT NULL AND code_display IS NOT NULL UNION ALL"
                    + " SELECT DISTINCT 3, code_system, code, code_display FROM procedure"
                    + " WHERE code IS NOT NULL AND code_display IS NOT NULL ORDER BY 1, 2, 3, 4")) {
      while (rs.next()) {
        ConceptCategory k =
            switch (rs.getInt(1)) {
              case 1 -> ConceptCategory.CONDITION;
              case 2 -> ConceptCategory.DRUG;
              default -> ConceptCategory.PROCEDURE;
            };
        out.add(new Lexicon.WarehouseConcept(rs.getString(2), rs.getString(3), rs.getString(4), k));
      }
    }
    return out;
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
