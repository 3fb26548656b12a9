package org.medmine.apps.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.context.SharedSql;
import org.medmine.ingest.IngestResult;
import org.medmine.model.MedmineUserException;

/**
 * The census of a hospital morning written as ADT messages, against figures computed by hand: seven
 * patients on 2024-03-01 (admit, transfer, discharge, ED registration and change to inpatient, and
 * the cancels A11, A12, A13), the census at 16:00.
 */
class CensusAppTest {
  @TempDir static Path dir;
  static Path warehouse;

  /**
   * P1 registered in the ED (A04 08:00), admitted there (A06 09:00), moved to 4E (A02 12:30). P2
   * admitted to 4E (A01 10:00), moved to 5W (A02 14:00), the move cancelled (A12 14:30). P3
   * admitted to 5W (06:00), discharged (A03 11:00). P4 admitted (07:00), the admission cancelled
   * (A11 07:30). P5 registered in the ED (13:00), admitted there (A06 14:00), still there. P6
   * admitted to 5W (05:00), discharged (09:00), the discharge cancelled (A13 09:30). P7 registered
   * in the ED (11:00), admitted straight to 4E (A01 12:00).
   */
  @BeforeAll
  static void hospitalMorning() {
    AdtFeed feed =
        new AdtFeed()
            .event("A04", "P1", "V1", "E", "ED^1^^GHH", "202403010800")
            .event("A06", "P1", "V1", "I", "ED^1^^GHH", "202403010900")
            .event("A02", "P1", "V1", "I", "4E^401^A^GHH", "202403011230")
            .event("A01", "P2", "V2", "I", "4E^402^A^GHH", "202403011000")
            .event("A02", "P2", "V2", "I", "5W^510^B^GHH", "202403011400")
            .event("A12", "P2", "V2", "I", "4E^402^A^GHH", "202403011430")
            .event("A01", "P3", "V3", "I", "5W^511^A^GHH", "202403010600")
            .event("A03", "P3", "V3", "I", "5W^511^A^GHH", "202403011100")
            .event("A01", "P4", "V4", "I", "5W^512^A^GHH", "202403010700")
            .event("A11", "P4", "V4", "I", "5W^512^A^GHH", "202403010730")
            .event("A04", "P5", "V5", "E", "ED^2^^GHH", "202403011300")
            .event("A06", "P5", "V5", "I", "ED^2^^GHH", "202403011400")
            .event("A01", "P6", "V6", "I", "5W^513^A^GHH", "202403010500")
            .event("A03", "P6", "V6", "I", "5W^513^A^GHH", "202403010900")
            .event("A13", "P6", "V6", "I", "5W^513^A^GHH", "202403010930")
            .event("A04", "P7", "V7", "E", "ED^3^^GHH", "202403011100")
            .event("A01", "P7", "V7", "I", "4E^403^B^GHH", "202403011200");
    warehouse = dir.resolve("w.duckdb");
    IngestResult r = feed.ingestInto(dir, warehouse);
    assertThat(r.stored()).as("every message stored").isEqualTo(feed.size());
  }

  private static CensusResult census(CensusOptions options, List<String> heard) {
    try (AnalysisContext c =
        AnalysisContext.open(ContextRequest.of(warehouse).withQueries(heard::add))) {
      return c.run(new CensusApp(), options);
    }
  }

  private static CensusResult at(String asOf, boolean names) {
    return census(
        new CensusOptions(LocalDateTime.parse(asOf), List.of("ED"), names), new ArrayList<>());
  }

  @Test
  void whoIsInWhichBedAtFourOClock() {
    // by unit code, room, bed
    CensusResult r = at("2024-03-01T16:00", false);
    assertThat(r.patientRows())
        .extracting(
            m -> m.get("patient") + "@" + m.get("unit") + "/" + m.get("room") + "/" + m.get("bed"))
        .containsExactly(
            "P1@4E/401/A", "P2@4E/402/A", "P7@4E/403/B", "P6@5W/513/A", "P5@ED/2/null");
    assertThat(r.patientRows())
        .extracting(m -> m.get("patient") + " " + m.get("lengthOfStayHours"))
        .containsExactly("P1 8.0", "P2 6.0", "P7 5.0", "P6 11.0", "P5 3.0");
    assertThat(r.patientRows()).allSatisfy(m -> assertThat(m).doesNotContainKey("name"));
    assertThat(r.inHouse()).isEqualTo(5);
    assertThat(r.lengthOfStay())
        .containsEntry("count", 5)
        .containsEntry("mean", 6.6)
        .containsEntry("median", 6.0)
        .containsEntry("max", 11.0);
  }

  @Test
  void occupancyIsOccupiedBedsOverBedsSeenInTheUnit() {
    // 5W: beds 511A (P3, discharged) and 513A (P6) seen; 510B was P2's cancelled transfer, 512A
    // P4's cancelled admission: both undone, so never seen. The ED's places name no bed.
    assertThat(at("2024-03-01T16:00", false).unitRows())
        .containsExactly(
            unit("4E", 3, 3, 3, 1.0), unit("5W", 1, 1, 2, 0.5), unit("ED", 1, 0, 0, null));
  }

  private static Map<String, Object> unit(
      String unit, int patients, int occupied, int seen, Double occupancy) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("facility", "GHH");
    m.put("unit", unit);
    m.put("patients", patients);
    m.put("occupiedBeds", occupied);
    m.put("bedsSeen", seen);
    m.put("occupancy", occupancy);
    return m;
  }

  @Test
  void boardingRunsFromTheDecisionToAdmitToLeavingTheEd() {
    CensusResult r = at("2024-03-01T16:00", false);
    assertThat(r.boarding())
        .extracting(
            e -> e.patientId() + " " + e.decisionEvent() + " " + e.hours() + " " + e.ongoing())
        .containsExactly("P1 A06 3.5 false", "P7 A01 0.0 false", "P5 A06 2.0 true");
    assertThat(r.boardingSummary())
        .containsEntry("count", 2)
        .containsEntry("median", 1.75)
        .containsEntry("mean", 1.75)
        .containsEntry("max", 3.5)
        .containsEntry("boardingNow", 1L);
  }

  @Test
  void arrivalsAndDeparturesPerHour() {
    CensusResult r = at("2024-03-01T16:00", false);
    // arrivals: P6 05:00, P3 06:00, P1 08:00, P2 10:00, P7 11:00, P5 13:00 (P4's admission was
    // cancelled); departures: P3 11:00 (P6's discharge was cancelled)
    assertThat(r.arrivals(24)).isEqualTo(6);
    assertThat(r.departures(24)).isEqualTo(1);
    assertThat(r.hours()).hasSize(48);
    assertThat(r.hours().get(47).hour()).isEqualTo(LocalDateTime.parse("2024-03-01T16:00"));
    var eleven = r.hours().get(47 - 5);
    assertThat(eleven.hour()).isEqualTo(LocalDateTime.parse("2024-03-01T11:00"));
    // at 12:00: P1 (ED), P2 (4E), P6 (5W), P7 (4E from 12:00); P3 left at 11:00
    assertThat(List.of(eleven.arrivals(), eleven.departures(), eleven.inHouse()))
        .containsExactly(1, 1, 4);
  }

  @Test
  void anEarlierMomentShowsTheCensusThen() {
    CensusResult r = at("2024-03-01T10:30", false);
    assertThat(r.patientRows())
        .extracting(m -> m.get("patient") + "@" + m.get("unit"))
        .containsExactly("P2@4E", "P3@5W", "P6@5W", "P1@ED");
    assertThat(r.boarding())
        .extracting(e -> e.patientId() + " " + e.hours() + " " + e.ongoing())
        .containsExactly("P1 1.5 true");
  }

  @Test
  void withoutAMomentTheCensusIsAtTheLatestEventAndItsSqlIsShared() {
    List<String> heard = new ArrayList<>();
    CensusResult r = census(CensusOptions.DEFAULTS, heard);
    // the latest stay start or end: P5's A06 at 14:00 (P2's A12 at 14:30 removed a stay)
    assertThat(r.asOf()).isEqualTo(LocalDateTime.parse("2024-03-01T14:00"));
    assertThat(r.asOfFrom()).isEqualTo("latest event");
    assertThat(heard).anyMatch(q -> q.contains("FROM encounter_location l JOIN encounter e"));
    assertThat(heard).allSatisfy(q -> assertThat(SharedSql.violations(q)).as(q).isEmpty());
  }

  @Test
  void namesOnlyWhenAsked() {
    CensusResult r = at("2024-03-01T16:00", true);
    assertThat(r.patientRows()).extracting(m -> m.get("name")).contains("P1 DOE", "P5 DOE");
    assertThat(r.toText()).contains("P1 DOE");
    assertThat(at("2024-03-01T16:00", false).toText()).doesNotContain("DOE");
  }

  @Test
  void onlyAdminAndDataEngineerMayAskForNames() {
    try (AnalysisContext c =
        AnalysisContext.open(
            ContextRequest.of(warehouse).withRole(org.medmine.privacy.Role.CLINICIAN))) {
      CensusOptions named = new CensusOptions(null, List.of("ED"), true);
      assertThatThrownBy(() -> c.run(new CensusApp(), named))
          .isInstanceOf(org.medmine.model.MedmineAccessDeniedException.class);
      assertThat(c.run(new CensusApp(), CensusOptions.DEFAULTS).inHouse()).isEqualTo(5);
    }
  }

  @Test
  void aPatientWhoseConsentDeniesSecondaryUseIsLeftOut() throws Exception {
    Path copy = dir.resolve("consent.duckdb");
    java.nio.file.Files.copy(warehouse, copy);
    try (org.medmine.warehouse.Warehouse w = org.medmine.warehouse.Warehouse.open(copy);
        java.sql.Statement s = w.connection().createStatement()) {
      s.execute(
          "INSERT INTO consent (source, id, patient_id, status, scope_code, decision)"
              + " VALUES ('ghh', 'c1', 'P1', 'active', 'research', 'deny')");
    }
    CensusResult r;
    try (AnalysisContext c = AnalysisContext.open(ContextRequest.of(copy))) {
      r =
          c.run(
              new CensusApp(),
              new CensusOptions(LocalDateTime.parse("2024-03-01T16:00"), List.of("ED"), false));
    }
    assertThat(r.patientRows())
        .extracting(m -> m.get("patient"))
        .containsExactly("P2", "P7", "P6", "P5");
    assertThat(r.boarding()).extracting(e -> e.patientId()).containsExactly("P7", "P5");
    assertThat(r.provenance().excludedByConsent()).isEqualTo(1);
  }

  @Test
  void itsReportSectionsShowTheBedsTheFlowAndTheBoarding() {
    CensusResult r = at("2024-03-01T16:00", false);
    var sections = r.toSections();
    assertThat(sections)
        .extracting(org.medmine.report.ReportSection::id)
        .containsExactly("census", "census-flow", "census-boarding");
    assertThat(sections.get(0).html()).contains("<td>4E</td>", "100%", "50%", "<td>P5</td>");
    assertThat(sections.get(1).html()).contains("<svg", "2024-03-01T11:00");
    assertThat(sections.get(2).html()).contains("3.50", "still in the ED", "2 completed");
    assertThat(r.provenanceHtml()).contains("census");
  }

  @Test
  void anEmptyWarehouseWithoutAMomentIsAUserError() {
    Path empty = dir.resolve("empty.duckdb");
    new AdtFeed().ingestInto(dir, empty);
    try (AnalysisContext c = AnalysisContext.open(ContextRequest.of(empty))) {
      assertThatThrownBy(() -> c.run(new CensusApp(), CensusOptions.DEFAULTS))
          .isInstanceOf(MedmineUserException.class)
          .hasMessageContaining("--as-of");
    }
  }
}
