package org.medmine.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.IngestResult;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.warehouse.Warehouse;

/**
 * R4 Consent resources arrive with {@code medmine ingest} (Synthea emits none, so a hand-written
 * bundle): a deny excludes its patient in the access layer; a permit, an inactive deny and a deny
 * whose period has ended do not; Consents that cannot be read as a decision are quarantined with
 * their reason.
 */
class ConsentIngestTest {
  @TempDir Path dir;

  private static String patient(String id) {
    return "{\"resource\":{\"resourceType\":\"Patient\",\"id\":\""
        + id
        + "\",\"gender\":\"female\",\"birthDate\":\"1970-05-04\"}},"
        + "{\"resource\":{\"resourceType\":\"Encounter\",\"id\":\"e-"
        + id
        + "\",\"subject\":{\"reference\":\"Patient/"
        + id
        + "\"},"
        + "\"class\":{\"code\":\"AMB\"},\"period\":{\"start\":\"2020-01-02T10:00:00Z\"}}},";
  }

  private static String consent(
      String id, String patient, String status, String type, String period) {
    return "{\"resource\":{\"resourceType\":\"Consent\",\"id\":\""
        + id
        + "\","
        + (status == null ? "" : "\"status\":\"" + status + "\",")
        + "\"scope\":{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/consentscope\",\"code\":\"research\"}]},"
        + "\"category\":[{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"57016-8\"}]}],"
        + (patient == null ? "" : "\"patient\":{\"reference\":\"Patient/" + patient + "\"},")
        + "\"provision\":{"
        + (type == null ? "" : "\"type\":\"" + type + "\"")
        + (period == null ? "" : (type == null ? "" : ",") + "\"period\":" + period)
        + "}}}";
  }

  @Test
  void
      aDenyConsentExcludesItsPatientAPermitAnInactiveAndAnExpiredDenyDoNotAndBadConsentsAreQuarantined()
          throws Exception {
    Path bundle = dir.resolve("consents.json");
    Files.writeString(
        bundle,
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
            + patient("p1")
            + patient("p2")
            + patient("p3")
            + patient("p4")
            + patient("p5")
            + consent("c-deny", "p1", "active", "deny", "{\"start\":\"2019-01-01T00:00:00Z\"}")
            + ","
            + consent("c-permit", "p2", "active", "permit", null)
            + ","
            + consent("c-inactive", "p3", "inactive", "deny", null)
            + ","
            + consent(
                "c-expired",
                "p4",
                "active",
                "deny",
                "{\"start\":\"2010-01-01T00:00:00Z\",\"end\":\"2020-01-01T00:00:00Z\"}")
            + ","
            + consent("bad-no-patient", null, "active", "deny", null)
            + ","
            + consent("bad-status", "p5", "maybe", "deny", null)
            + ","
            + consent("bad-no-type", "p5", "active", null, null)
            + ","
            + consent("bad-dangling", "p9", "active", "deny", null)
            + "]}");
    Path w = dir.resolve("w.duckdb");
    IngestResult result;
    try (Warehouse wh = Warehouse.open(w)) {
      result =
          Ingestor.ingest(wh, new IngestOptions(List.of(bundle), "h", null), IngestListener.NONE);
    }
    assertThat(result.quarantined()).isEqualTo(4);
    try (Warehouse wh = Warehouse.openExisting(w, true);
        Statement s = wh.connection().createStatement()) {
      assertThat(
              strings(
                  s,
                  "SELECT id || ':' || patient_id || ':' || status || ':' || scope_code || ':' || decision || ':'"
                      + " || coalesce(CAST(end_time AS VARCHAR), '-') FROM consent ORDER BY id"))
          .containsExactly(
              "c-deny:p1:active:research:deny:-",
                  "c-expired:p4:active:research:deny:2020-01-01 00:00:00",
              "c-inactive:p3:inactive:research:deny:-", "c-permit:p2:active:research:permit:-");
      List<String> reasons =
          strings(s, "SELECT resource_id || ': ' || reason FROM quarantine ORDER BY resource_id");
      assertThat(reasons).hasSize(4);
      assertThat(reasons.get(0)).startsWith("bad-dangling: ");
      assertThat(reasons.get(1))
          .startsWith("bad-no-patient: ")
          .contains("Consent.patient is missing");
      assertThat(reasons.get(2))
          .startsWith("bad-no-type: ")
          .contains("Consent.provision.type is missing");
      assertThat(reasons.get(3)).startsWith("bad-status: ").contains("Consent.status is 'maybe'");
    }
    try (AccessLayer a = AccessLayer.openForMining(w, Role.ADMIN);
        Statement s = a.connection().createStatement()) {
      assertThat(a.excludedPatients()).isEqualTo(1);
      assertThat(strings(s, "SELECT id FROM patient ORDER BY id"))
          .containsExactly("p2", "p3", "p4", "p5");
      assertThat(strings(s, "SELECT patient_id FROM encounter ORDER BY 1"))
          .containsExactly("p2", "p3", "p4", "p5");
    }
  }

  private static List<String> strings(Statement s, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
