package org.medmine.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.model.Table;

/**
 * What the loader resolves as rows are appended (conditional references, claim diagnoses by
 * reference, panel membership) ends the same whether the target was read before the rows that name
 * it (resolved on append) or after them (resolved by the {@code UPDATE}s at the end of the run), in
 * a direct first load and in a staged one.
 */
class AppendTimeResolutionTest {
  @TempDir Path dir;

  private static final RunRecord RUN = new RunRecord("fhir", "test", Instant.EPOCH, 1, 0, "test");

  /**
   * A run whose format lets an id repeat with other content (Synthea CSV); in FHIR the replaced
   * copy is quarantined.
   */
  private static final RunRecord CSV_RUN =
      new RunRecord("synthea-csv", "test", Instant.EPOCH, 1, 0, "test");

  private static final String NPI = "Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|";

  /** One record: the resource type and its rows. */
  private record Rec(String type, List<Row> rows) {
    static Rec of(Row... rows) {
      return new Rec("Resource", List.of(rows));
    }
  }

  private static Rec patient() {
    return Rec.of(new Row(Table.PATIENT).set("id", "p1").set("sex", "female"));
  }

  private static Rec targets() {
    return Rec.of(new Row(Table.PROVIDER).set("id", "pr1").set("npi", "123"));
  }

  private static Rec organization() {
    return Rec.of(
        new Row(Table.ORGANIZATION)
            .set("id", "org1")
            .set("identifier_system", "urn:sys")
            .set("identifier_value", "v1"));
  }

  private static Rec encounter(String id, String provider) {
    return Rec.of(
        new Row(Table.ENCOUNTER)
            .set("id", id)
            .set("patient_id", "p1")
            .set("provider_id", provider)
            .set("organization_id", "Organization?identifier=urn:sys|v1"));
  }

  private static Rec condition() {
    return Rec.of(
        new Row(Table.CONDITION)
            .set("id", "c1")
            .set("patient_id", "p1")
            .set("code_system", "http://snomed.info/sct")
            .set("code", "44054006")
            .set("code_display", "Diabetes"));
  }

  private static Rec claim() {
    Row claim = new Row(Table.CLAIM).set("id", "cl1").set("patient_id", "p1").set("kind", "claim");
    Row line =
        new Row(Table.CLAIM_LINE)
            .set("id", "cl1#d1")
            .set("claim_id", "cl1")
            .set("patient_id", "p1")
            .set("sequence", 1)
            .set("line_kind", "diagnosis")
            .set("diagnosis_ref", "c1");
    return Rec.of(claim, line);
  }

  private static Rec observation(String id) {
    return Rec.of(
        new Row(Table.OBSERVATION).set("id", id).set("patient_id", "p1").set("value_number", 1.0));
  }

  private static Rec report(String id, String... observations) {
    List<Row> rows = new ArrayList<>();
    for (String o : observations) {
      rows.add(
          new Row(Table.OBSERVATION_PANEL)
              .set("id", id)
              .set("observation_id", o)
              .set("panel_code", "code-" + id)
              .set("panel_display", "panel " + id));
    }
    return new Rec("DiagnosticReport", rows);
  }

  private Warehouse load(String name, boolean direct, List<Rec> records) {
    return load(name, direct, records, RUN);
  }

  private Warehouse load(String name, boolean direct, List<Rec> records, RunRecord run) {
    Warehouse w = Warehouse.open(dir.resolve(name + ".duckdb"));
    try (WarehouseLoader loader = new WarehouseLoader(w, "s", "run-1", direct)) {
      loader.fileStarted("f.ndjson");
      long line = 1;
      for (Rec r : records) {
        // the loader may change the rows it is given: hand it copies so that each load starts from
        // the same
        List<Row> copies = new ArrayList<>();
        for (Row row : r.rows()) {
          Row c = new Row(row.table());
          row.values().forEach(c::set);
          copies.add(c);
        }
        loader.store(new RecordOrigin("f.ndjson", line++, "line"), r.type(), copies);
      }
      loader.finish(run);
    }
    return w;
  }

  private static String text(Warehouse w, String sql) throws SQLException {
    try (Statement s = w.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : "(no row)";
    }
  }

  @Test
  void conditionalReferencesResolveWhetherTheirTargetIsReadBeforeOrAfter() throws SQLException {
    List<Rec> targetsFirst =
        List.of(
            targets(),
            organization(),
            patient(),
            encounter("e1", NPI + "123"),
            encounter("e2", NPI + "999"));
    List<Rec> targetsLast =
        List.of(
            patient(),
            encounter("e1", NPI + "123"),
            encounter("e2", NPI + "999"),
            targets(),
            organization());
    for (boolean direct : new boolean[] {true, false}) {
      for (List<Rec> order : List.of(targetsFirst, targetsLast)) {
        String name = "w-" + direct + "-" + (order == targetsFirst ? "first" : "last");
        try (Warehouse w = load(name, direct, order)) {
          assertThat(text(w, "SELECT provider_id FROM encounter WHERE id = 'e1'"))
              .as(name)
              .isEqualTo("pr1");
          assertThat(text(w, "SELECT organization_id FROM encounter WHERE id = 'e1'"))
              .as(name)
              .isEqualTo("org1");
          assertThat(text(w, "SELECT provider_id FROM encounter WHERE id = 'e2'"))
              .as("%s: a reference that matches nothing stays as written", name)
              .isEqualTo(NPI + "999");
        }
      }
    }
  }

  @Test
  void twoTargetsWithOneIdentifierAreLeftToTheUpdateRatherThanGuessed() throws SQLException {
    Rec second = Rec.of(new Row(Table.PROVIDER).set("id", "pr2").set("npi", "123"));
    try (Warehouse w =
        load("w", true, List.of(targets(), second, patient(), encounter("e1", NPI + "123")))) {
      assertThat(text(w, "SELECT provider_id FROM encounter WHERE id = 'e1'")).isIn("pr1", "pr2");
    }
  }

  @Test
  void claimDiagnosesTakeTheConditionsCodeWhetherItIsReadBeforeOrAfter() throws SQLException {
    for (boolean direct : new boolean[] {true, false}) {
      for (boolean conditionFirst : new boolean[] {true, false}) {
        List<Rec> order =
            conditionFirst
                ? List.of(patient(), condition(), claim())
                : List.of(patient(), claim(), condition());
        String name = "w-" + direct + "-" + conditionFirst;
        try (Warehouse w = load(name, direct, order)) {
          assertThat(text(w, "SELECT code FROM claim_line WHERE id = 'cl1#d1'"))
              .as(name)
              .isEqualTo("44054006");
          assertThat(text(w, "SELECT code_display FROM claim_line WHERE id = 'cl1#d1'"))
              .as(name)
              .isEqualTo("Diabetes");
          assertThat(text(w, "SELECT diagnosis_1_code FROM claim WHERE id = 'cl1'"))
              .as(name)
              .isEqualTo("44054006");
        }
      }
    }
  }

  @Test
  void panelsReachTheirObservationsWhetherStillHeldOrLongAppended() throws SQLException {
    List<Rec> records = new ArrayList<>(List.of(patient(), observation("early")));
    for (int i = 0; i < PanelWindow.CAPACITY + 10; i++) {
      records.add(observation("filler-" + i));
    }
    records.add(observation("late"));
    // 'late' is in two reports: the one with the smaller id wins, whichever comes first
    records.add(report("r-b", "early", "late"));
    records.add(report("r-a", "late"));
    for (boolean direct : new boolean[] {true, false}) {
      try (Warehouse w = load("w-" + direct, direct, records)) {
        assertThat(text(w, "SELECT panel_id FROM observation WHERE id = 'early'"))
            .as("direct %s: the observation had left the window", direct)
            .isEqualTo("r-b");
        assertThat(
                text(
                    w,
                    "SELECT panel_code || ' / ' || panel_display FROM observation WHERE id = 'early'"))
            .isEqualTo("code-r-b / panel r-b");
        assertThat(text(w, "SELECT panel_id FROM observation WHERE id = 'late'"))
            .as("direct %s", direct)
            .isEqualTo("r-a");
        assertThat(text(w, "SELECT count(*) FROM observation WHERE panel_id IS NULL"))
            .isEqualTo(String.valueOf(PanelWindow.CAPACITY + 10));
        assertThat(text(w, "SELECT count(*) FROM observation"))
            .isEqualTo(String.valueOf(PanelWindow.CAPACITY + 12));
      }
    }
  }

  @Test
  void aRepeatedObservationIdKeepsTheLastRowAndItsPanel() throws SQLException {
    Rec first =
        Rec.of(
            new Row(Table.OBSERVATION)
                .set("id", "o1")
                .set("patient_id", "p1")
                .set("value_number", 1.0));
    Rec again =
        Rec.of(
            new Row(Table.OBSERVATION)
                .set("id", "o1")
                .set("patient_id", "p1")
                .set("value_number", 2.0));
    for (boolean direct : new boolean[] {true, false}) {
      try (Warehouse w =
          load(
              "w-" + direct,
              direct,
              List.of(patient(), first, report("r1", "o1"), again),
              CSV_RUN)) {
        assertThat(
                text(w, "SELECT value_number || ' ' || panel_id FROM observation WHERE id = 'o1'"))
            .as("direct %s", direct)
            .isEqualTo("2.0 r1");
        assertThat(text(w, "SELECT count(*) FROM observation")).isEqualTo("1");
      }
    }
  }
}
