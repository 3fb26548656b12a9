package org.medmine.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.Warehouse;

/** Consent and roles in the access layer: a denying patient is in no table a mining job can see. */
class AccessLayerTest {
  @TempDir Path dir;

  private Path warehouse() throws Exception {
    Path bundle = dir.resolve("b.json");
    Files.writeString(
        bundle,
        """
        {"resourceType":"Bundle","type":"collection","entry":[
          {"resource":{"resourceType":"Patient","id":"p1","gender":"female","birthDate":"1970-05-04"}},
          {"resource":{"resourceType":"Patient","id":"p2","gender":"male","birthDate":"1980-01-02"}},
          {"resource":{"resourceType":"Patient","id":"p3","gender":"male","birthDate":"1990-01-02"}},
          {"resource":{"resourceType":"Encounter","id":"e1","subject":{"reference":"Patient/p1"},"class":{"code":"AMB"},"period":{"start":"2020-01-02T10:00:00Z"}}},
          {"resource":{"resourceType":"Encounter","id":"e2","subject":{"reference":"Patient/p2"},"class":{"code":"AMB"},"period":{"start":"2020-01-03T10:00:00Z"}}},
          {"resource":{"resourceType":"Encounter","id":"e3","subject":{"reference":"Patient/p3"},"class":{"code":"AMB"},"period":{"start":"2020-01-04T10:00:00Z"}}}
        ]}""");
    Path w = dir.resolve("w.duckdb");
    try (Warehouse wh = Warehouse.open(w)) {
      Ingestor.ingest(wh, new IngestOptions(List.of(bundle), "h", null), IngestListener.NONE);
      Path consent = dir.resolve("consent.json");
      Files.writeString(
          consent,
          """
          {"resourceType":"Consent","id":"c1","status":"active","patient":{"reference":"Patient/p1"},
           "scope":{"coding":[{"code":"research"}]},"provision":{"type":"deny"}}""");
      assertThat(ConsentImporter.importFhir(wh.connection(), "h", consent)).isEqualTo(1);
      Path optOut = dir.resolve("optout.txt");
      Files.writeString(optOut, "# opted out by letter\np3\n");
      assertThat(ConsentImporter.importOptOut(wh.connection(), "h", optOut)).isEqualTo(1);
    }
    return w;
  }

  private static List<String> ids(AccessLayer a, String sql) throws SQLException {
    try (Statement s = a.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<String> out = new java.util.ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }

  @Test
  void deniedAndOptedOutPatientsAreInNoTable() throws Exception {
    try (AccessLayer a = AccessLayer.openForMining(warehouse(), Role.DATA_ENGINEER)) {
      assertThat(a.excludedPatients()).isEqualTo(2);
      assertThat(ids(a, "SELECT id FROM patient ORDER BY id")).containsExactly("p2");
      assertThat(ids(a, "SELECT patient_id FROM encounter ORDER BY 1")).containsExactly("p2");
      List<String> tables = ids(a, "SELECT view_name FROM duckdb_views() WHERE temporary");
      assertThat(tables)
          .contains("patient", "encounter", "condition", "observation", "note", "claim");
      for (String t : tables) {
        String col = t.equals("patient") ? "id" : "patient_id";
        boolean scoped =
            !ids(
                    a,
                    "SELECT column_name FROM duckdb_columns() WHERE table_name = '"
                        + t
                        + "' AND column_name = '"
                        + col
                        + "'")
                .isEmpty();
        if (scoped) {
          assertThat(ids(a, "SELECT " + col + " FROM " + t + " WHERE " + col + " IN ('p1', 'p3')"))
              .as(t)
              .isEmpty();
        }
      }
    }
  }

  @Test
  void anAnalystMayOpenOnlyADeidentifiedWarehouse() throws Exception {
    Path w = warehouse();
    assertThatThrownBy(() -> AccessLayer.openForMining(w, Role.ANALYST))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("only de-identified");
    Path deid = dir.resolve("d.duckdb");
    new Deidentifier(
            DeidPolicy.SAFE_HARBOR,
            "k-0123456789abcdef0123".getBytes(),
            java.time.LocalDate.of(2025, 1, 1))
        .run(w, deid);
    try (AccessLayer a = AccessLayer.openForMining(deid, Role.ANALYST)) {
      assertThat(ids(a, "SELECT count(*) FROM patient")).containsExactly("1");
    }
    assertThatThrownBy(() -> AccessLayer.openForMining(w, Role.AUDITOR))
        .isInstanceOf(MedmineUserException.class);
  }
}
