package org.medmine.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.TestPopulations;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.warehouse.Warehouse;

/**
 * De-identification of the 20-patient Synthea warehouse (names, SSNs, licences, passports,
 * addresses, phones, notes): the leak scan finds nothing in the Safe Harbor copy and finds a
 * planted identifier; pseudonyms join and are stable; shifted dates keep intervals.
 */
class DeidentifierTest {
  static final byte[] SECRET = "test-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);
  @TempDir static Path dir;
  static Path source;
  static Path safeHarbor;
  static DeidManifest manifest;

  @BeforeAll
  static void deidentify() {
    source = dir.resolve("w.duckdb");
    try (Warehouse w = Warehouse.open(source)) {
      Ingestor.ingest(
          w,
          new IngestOptions(List.of(TestPopulations.small().fhirDir()), "synthea", null),
          IngestListener.NONE);
    }
    safeHarbor = dir.resolve("sh.duckdb");
    manifest = new Deidentifier(DeidPolicy.SAFE_HARBOR, SECRET, AS_OF).run(source, safeHarbor);
  }

  /**
   * A warehouse of four patients (with the organizations and practitioners), for the slower checks.
   */
  static Path fewPatients() throws java.io.IOException {
    Path few = dir.resolve("few.duckdb");
    if (java.nio.file.Files.exists(few)) {
      return few;
    }
    List<Path> inputs = new ArrayList<>();
    try (var files = java.nio.file.Files.list(TestPopulations.small().fhirDir())) {
      List<Path> all = files.sorted().toList();
      all.stream()
          .filter(f -> f.getFileName().toString().matches("(hospital|practitioner).*"))
          .forEach(inputs::add);
      all.stream()
          .filter(f -> !f.getFileName().toString().matches("(hospital|practitioner).*"))
          .limit(4)
          .forEach(inputs::add);
    }
    try (Warehouse w = Warehouse.open(few)) {
      Ingestor.ingest(w, new IngestOptions(inputs, "synthea", null), IngestListener.NONE);
    }
    return few;
  }

  static List<List<Object>> query(Path file, String sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), readOnly());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<List<Object>> rows = new ArrayList<>();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.add(rs.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  static java.util.Properties readOnly() {
    java.util.Properties p = new java.util.Properties();
    p.setProperty("duckdb.read_only", "true");
    return p;
  }

  static Object one(Path file, String sql) throws SQLException {
    return query(file, sql).get(0).get(0);
  }

  @Test
  void safeHarborCopyHasNoLeakAndEveryRow() throws SQLException {
    List<Leak> leaks = LeakScanner.scan(safeHarbor, source);
    System.out.println(
        "Safe Harbor copy of the 20-patient population: rows "
            + manifest.rows()
            + "; PHI replaced in"
            + " free text "
            + manifest.phiReplaced()
            + "; ages collapsed "
            + manifest.agesCollapsed()
            + "; restricted ZIPs "
            + manifest.restrictedZips()
            + "; leaks "
            + leaks.size());
    assertThat(leaks).as("leaks in the Safe Harbor copy").isEmpty();
    for (String table : List.of("patient", "encounter", "observation", "note", "claim")) {
      assertThat(manifest.rows().get(table))
          .as(table)
          .isEqualTo(one(source, "SELECT count(*) FROM " + table))
          .isPositive();
    }
    assertThat(
            one(
                safeHarbor,
                "SELECT count(*) FROM patient WHERE given_name IS NOT NULL OR ssn IS NOT NULL"
                    + " OR drivers_license IS NOT NULL OR passport IS NOT NULL OR address_line IS NOT NULL OR phone IS NOT NULL"
                    + " OR city IS NOT NULL OR latitude IS NOT NULL"))
        .isEqualTo(0L);
    assertThat(one(safeHarbor, "SELECT count(*) FROM patient WHERE length(postal_code) <> 3"))
        .isEqualTo(0L);
    assertThat(
            one(
                safeHarbor,
                "SELECT count(*) FROM encounter WHERE month(start_time) <> 1 OR day(start_time) <> 1"))
        .isEqualTo(0L);
    assertThat(manifest.phiReplaced().get(PhiType.NAME))
        .as("names scrubbed from notes")
        .isPositive();
    assertThat(manifest.phiReplaced().get(PhiType.DATE))
        .as("dates scrubbed from notes")
        .isPositive();
    assertThat(manifest.tablesLeftOut()).containsKey("quarantine");
  }

  @Test
  void aPlantedIdentifierIsFoundAndSaysWhere() throws Exception {
    Path source = fewPatients();
    Path planted = dir.resolve("planted.duckdb");
    new Deidentifier(DeidPolicy.SAFE_HARBOR, SECRET, AS_OF).run(source, planted);
    assertThat(LeakScanner.scan(planted, source)).as("before planting").isEmpty();
    String ssn =
        (String) one(source, "SELECT ssn FROM patient WHERE ssn IS NOT NULL ORDER BY id LIMIT 1");
    String family = (String) one(source, "SELECT family_name FROM patient ORDER BY id LIMIT 1");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + planted.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute(
          "UPDATE note SET text = text || ' callback ref "
              + ssn
              + "' WHERE id = (SELECT min(id) FROM note)");
      s.execute(
          "UPDATE condition SET code_display = code_display || ' ("
              + family
              + ")' WHERE id = (SELECT min(id) FROM condition)");
    }
    List<Leak> leaks = LeakScanner.scan(planted, source);
    assertThat(leaks)
        .extracting(Leak::table, Leak::column)
        .contains(org.assertj.core.groups.Tuple.tuple("condition", "code_display"));
    assertThat(leaks)
        .anySatisfy(
            l -> {
              assertThat(l.table()).isEqualTo("note");
              assertThat(l.kind()).contains("SSN");
              assertThat(l.rowId()).isEqualTo(one(planted, "SELECT min(id) FROM note"));
            });
    assertThat(leaks).allSatisfy(l -> assertThat(l.evidence()).doesNotContain(ssn.substring(3)));
  }

  @Test
  void pseudonymsJoinAcrossTablesAndAreStableAcrossRuns() throws SQLException {
    assertThat(
            one(
                safeHarbor,
                "SELECT count(*) FROM encounter e LEFT JOIN patient p ON p.id = e.patient_id WHERE p.id IS NULL"))
        .isEqualTo(0L);
    Pseudonymizer p = new Pseudonymizer(SECRET);
    String id = (String) one(source, "SELECT min(id) FROM patient");
    assertThat(one(safeHarbor, "SELECT count(*) FROM patient WHERE id = '" + p.pseudonym(id) + "'"))
        .isEqualTo(1L);
    assertThat(one(safeHarbor, "SELECT count(*) FROM patient WHERE id = '" + id + "'"))
        .isEqualTo(0L);
    assertThat(
            new Pseudonymizer("another-secret-0123456789".getBytes(StandardCharsets.UTF_8))
                .pseudonym(id))
        .isNotEqualTo(p.pseudonym(id));
  }

  @Test
  void shiftedPolicyKeepsEveryIntervalOfAPatient() throws Exception {
    Path source = fewPatients();
    Path shifted = dir.resolve("shifted.duckdb");
    new Deidentifier(DeidPolicy.SHIFTED, SECRET, AS_OF).run(source, shifted);
    assertThat(LeakScanner.scan(shifted, source)).isEmpty();
    Pseudonymizer p = new Pseudonymizer(SECRET);
    Map<String, Object> originalGap = new HashMap<>();
    String gaps =
        "SELECT patient_id, date_diff('second', min(start_time), max(start_time)) FROM encounter GROUP BY 1";
    for (List<Object> r : query(source, gaps)) {
      originalGap.put(p.pseudonym((String) r.get(0)), r.get(1));
    }
    List<List<Object>> shiftedGaps = query(shifted, gaps);
    assertThat(shiftedGaps).hasSize(originalGap.size());
    for (List<Object> r : shiftedGaps) {
      assertThat(r.get(1)).as("interval of %s", r.get(0)).isEqualTo(originalGap.get(r.get(0)));
    }
    assertThat(one(shifted, "SELECT count(*) FROM encounter e JOIN (SELECT 1) ON true"))
        .isEqualTo(one(source, "SELECT count(*) FROM encounter"));
    assertThat(query(shifted, "SELECT min(start_time) FROM encounter"))
        .isNotEqualTo(query(source, "SELECT min(start_time) FROM encounter"));
  }

  @Test
  void limitedDataSetKeepsDatesAndZipButNoDirectIdentifier() throws Exception {
    Path source = fewPatients();
    Path lds = dir.resolve("lds.duckdb");
    new Deidentifier(DeidPolicy.LIMITED_DATA_SET, SECRET, AS_OF).run(source, lds);
    assertThat(LeakScanner.scan(lds, source)).isEmpty();
    assertThat(
            query(
                lds,
                "SELECT string_agg(CAST(birth_date AS VARCHAR), ',' ORDER BY birth_date) FROM patient"))
        .isEqualTo(
            query(
                source,
                "SELECT string_agg(CAST(birth_date AS VARCHAR), ',' ORDER BY birth_date) FROM patient"));
    assertThat(
            one(
                lds,
                "SELECT count(*) FROM patient WHERE family_name IS NOT NULL OR ssn IS NOT NULL"))
        .isEqualTo(0L);
    assertThat(one(lds, "SELECT count(*) FROM patient WHERE length(postal_code) >= 5"))
        .isEqualTo(one(source, "SELECT count(*) FROM patient WHERE length(postal_code) >= 5"));
  }
}
