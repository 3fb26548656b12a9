package org.medmine.apps.prediction.federated;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.warehouse.Warehouse;

/**
 * Splits one warehouse into site warehouses, to try federation on one machine: each patient goes to
 * the site of their main organization (the one with most of their encounters, the smallest id on a
 * tie), organizations are dealt to sites largest first, each to the site with the fewest patients
 * so far; every patient-scoped row of a patient is copied to their site, the reference tables
 * (organization, provider, location, payer) to every site. Rows are read through the caller's
 * connection, the consent-filtered one of an analysis context, so a patient who denied secondary
 * use reaches no site. Patients without an encounter belong to no site.
 */
public final class SiteSplitter {
  /**
   * One site warehouse.
   *
   * @param site the site's name
   * @param warehouse its file
   * @param organizations the organizations dealt to it
   * @param patients the patients copied to it
   */
  public record SitePart(String site, Path warehouse, int organizations, long patients) {}

  private static final List<String> REFERENCE_TABLES =
      List.of("organization", "provider", "location", "payer");

  private static final String MAIN_ORGANIZATION =
      "SELECT source, patient_id, organization_id FROM (SELECT source, patient_id, organization_id,"
          + " row_number() OVER (PARTITION BY source, patient_id ORDER BY count(*) DESC,"
          + " organization_id) AS rn FROM encounter WHERE organization_id IS NOT NULL"
          + " GROUP BY source, patient_id, organization_id) WHERE rn = 1";

  private SiteSplitter() {}

  /** Writes {@code sites} warehouses {@code dir/site-1.duckdb}, ... from {@code c}'s rows. */
  public static List<SitePart> split(Connection c, int sites, Path dir) {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE federated_site (organization_id VARCHAR, site INTEGER)");
      Map<String, Long> patientsByOrganization = new LinkedHashMap<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT organization_id, count(*) AS n FROM ("
                  + MAIN_ORGANIZATION
                  + ") GROUP BY organization_id ORDER BY n DESC, organization_id")) {
        while (rs.next()) {
          patientsByOrganization.put(rs.getString(1), rs.getLong(2));
        }
      }
      long[] load = new long[sites];
      int[] organizations = new int[sites];
      for (Map.Entry<String, Long> e : patientsByOrganization.entrySet()) {
        int site = 0;
        for (int k = 1; k < sites; k++) {
          site = load[k] < load[site] ? k : site;
        }
        load[site] += e.getValue();
        organizations[site]++;
        s.execute(
            "INSERT INTO federated_site VALUES ('"
                + e.getKey().replace("'", "''")
                + "', "
                + site
                + ")");
      }
      s.execute(
          "CREATE OR REPLACE TEMP TABLE federated_patient AS SELECT m.source, m.patient_id, f.site"
              + " FROM ("
              + MAIN_ORGANIZATION
              + ") m JOIN federated_site f USING (organization_id)");
      List<SitePart> out = new ArrayList<>();
      for (int k = 0; k < sites; k++) {
        Path file = dir.resolve("site-" + (k + 1) + ".duckdb");
        write(s, file, k);
        out.add(new SitePart("site-" + (k + 1), file, organizations[k], load[k]));
      }
      s.execute("DROP TABLE federated_patient");
      s.execute("DROP TABLE federated_site");
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("the warehouse could not be split into sites", e);
    }
  }

  private static void write(Statement s, Path file, int site) throws SQLException {
    Warehouse.open(file).close();
    s.execute("ATTACH '" + file.toString().replace("'", "''") + "' AS federated_out");
    try {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT DISTINCT table_name FROM information_schema.columns WHERE table_catalog ="
                  + " 'federated_out' AND table_schema = 'main' AND column_name = 'patient_id'"
                  + " ORDER BY 1")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      String mine = "SELECT source, patient_id FROM federated_patient WHERE site = " + site;
      for (String t : tables) {
        s.execute(
            "INSERT INTO federated_out.main."
                + t
                + " BY NAME SELECT * FROM "
                + t
                + " WHERE (source, patient_id) IN ("
                + mine
                + ")");
      }
      s.execute(
          "INSERT INTO federated_out.main.patient BY NAME SELECT * FROM patient"
              + " WHERE (source, id) IN ("
              + mine
              + ")");
      for (String t : REFERENCE_TABLES) {
        s.execute("INSERT INTO federated_out.main." + t + " BY NAME SELECT * FROM " + t);
      }
    } finally {
      s.execute("DETACH federated_out");
    }
  }
}
