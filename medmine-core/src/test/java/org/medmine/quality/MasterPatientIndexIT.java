package org.medmine.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.quality.linkage.LinkDecision;
import org.medmine.quality.linkage.MasterPatientIndex;
import org.medmine.quality.linkage.PatientLinker;
import org.medmine.warehouse.Warehouse;

/**
 * The master patient index on the shared Synthea population, in DuckDB: the failure
 * (patients re-registered as a twin, same family name, birth date and address, another given name
 * and SSN, were each merged with their sibling) no longer happens while true re-registrations are
 * linked; person ids survive incremental runs; a reviewer's unmerge and merge are stored, applied
 * and obeyed by later runs.
 */
class MasterPatientIndexIT {
  private static final String[] TWIN_NAMES = {
    "Octavia",
    "Barnaby",
    "Philippa",
    "Leopold",
    "Genevieve",
    "Thaddeus",
    "Rosalind",
    "Cornelius",
    "Imogen",
    "Ignatius"
  };
  private static final PatientLinker.Options OPTIONS = PatientLinker.Options.defaults();

  @TempDir Path dir;

  @Test
  void twinsStayApartReregistrationsJoinAndReviewerDecisionsHold() throws SQLException {
    Path file = CleanWarehouse.copyTo(dir.resolve("mpi.duckdb"));
    try (Warehouse w = Warehouse.open(file)) {
      Connection c = w.connection();
      List<String> ids = patientIds(c);
      for (int i = 0; i < 10; i++) {
        copy(
            c,
            ids.get(i),
            "twin-" + i,
            "given_name = '" + TWIN_NAMES[i] + "', ssn = '999-77-" + (1000 + i) + "'");
      }
      for (int i = 10; i < 15; i++) {
        copy(
            c,
            ids.get(i),
            "dup-" + i,
            "given_name = regexp_replace(given_name, '[0-9]', '', 'g') || 'e', ssn = NULL");
      }
      PatientLinker.Result first = MasterPatientIndex.link(c, OPTIONS, true);
      Map<String, String> person = personOf(c);
      for (int i = 0; i < 10; i++) {
        assertThat(person.get("hospital-b/twin-" + i))
            .as("twin %d", i)
            .isNotEqualTo(person.get(key(ids.get(i))));
      }
      for (int i = 10; i < 15; i++) {
        assertThat(person.get("hospital-b/dup-" + i))
            .as("re-registration %d", i)
            .isEqualTo(person.get(key(ids.get(i))));
      }
      assertThat(count(c, "SELECT count(*) FROM link_review WHERE rule = 'twin_pattern'"))
          .isPositive();
      assertThat(count(c, "SELECT count(*) FROM mpi_person WHERE status = 'active'"))
          .isEqualTo(count(c, "SELECT count(DISTINCT cluster_id) FROM patient_link"))
          .isEqualTo(first.clusters());

      copy(c, ids.get(15), "late-15", "phone = NULL, ssn = NULL");
      PatientLinker.Result incremental = MasterPatientIndex.link(c, OPTIONS, false);
      Map<String, String> after = personOf(c);
      assertThat(incremental.full()).isFalse();
      assertThat(incremental.newRecords()).isEqualTo(1);
      assertThat(after.get("hospital-b/late-15")).isEqualTo(person.get(key(ids.get(15))));
      person.forEach((record, id) -> assertThat(after.get(record)).as(record).isEqualTo(id));

      String original = key(ids.get(10));
      String copy = "hospital-b/dup-10";
      MasterPatientIndex.decide(
          c, original, copy, LinkDecision.Kind.NO_MATCH, "tester", "not the same", OPTIONS);
      for (boolean full : new boolean[] {false, true}) {
        MasterPatientIndex.link(c, OPTIONS, full);
        Map<String, String> now = personOf(c);
        assertThat(now.get(copy))
            .as("after a %s run", full ? "full" : "incremental")
            .isNotEqualTo(now.get(original));
        assertThat(now.get(original)).isEqualTo(person.get(original));
      }
      String twin = "hospital-b/twin-0";
      MasterPatientIndex.decide(
          c, key(ids.get(0)), twin, LinkDecision.Kind.MATCH, "tester", "same patient", OPTIONS);
      MasterPatientIndex.link(c, OPTIONS, true);
      assertThat(personOf(c).get(twin)).isEqualTo(personOf(c).get(key(ids.get(0))));
      assertThat(count(c, "SELECT count(*) FROM link_decision")).isEqualTo(2);
      assertThat(
              count(
                  c,
                  "SELECT count(*) FROM mpi_person WHERE status = 'merged' AND merged_into_id = '"
                      + personOf(c).get(twin)
                      + "'"))
          .as("the twin's own id retired into the merged person")
          .isEqualTo(1);
      assertThat(
              count(
                  c,
                  "SELECT count(*) FROM mpi_person p JOIN patient_link l ON l.cluster_id = p.person_id"
                      + " AND l.source || '/' || l.patient_id = p.given_name_record WHERE p.status = 'active'"))
          .as("every golden given name comes from one of the person's records")
          .isEqualTo(count(c, "SELECT count(*) FROM mpi_person WHERE status = 'active'"));
    }
  }

  private static String key(String id) {
    return "synthea/" + id;
  }

  private static List<String> patientIds(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT source, id FROM patient ORDER BY id")) {
      while (rs.next()) {
        assertThat(rs.getString(1)).isEqualTo("synthea");
        out.add(rs.getString(2));
      }
    }
    return out;
  }

  private static void copy(Connection c, String id, String copyId, String set) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO patient SELECT * REPLACE ('hospital-b' AS source, ? AS id) FROM patient WHERE id = ?")) {
      p.setString(1, copyId);
      p.setString(2, id);
      p.executeUpdate();
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "UPDATE patient SET " + set + " WHERE source = 'hospital-b' AND id = '" + copyId + "'");
    }
  }

  private static Map<String, String> personOf(Connection c) throws SQLException {
    Map<String, String> out = new TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT source, patient_id, cluster_id FROM patient_link")) {
      while (rs.next()) {
        out.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(3));
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
