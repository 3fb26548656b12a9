package org.medmine.privacy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.Warehouse;

/**
 * The one place where roles and consent are enforced for mining (shared/DESIGN.md): a read-only view of a
 * warehouse in which every clinical table, under its own name, holds only the rows of patients whose consent
 * does not deny secondary use (FHIR Consent with provision type deny, or the opt-out list). An analyst may
 * open only a de-identified warehouse; an auditor only the audit log. Mining jobs query
 * {@link #connection()} and need not remember consent themselves.
 */
public final class AccessLayer implements AutoCloseable {
  private final Connection connection;
  private final int excludedPatients;

  private AccessLayer(Connection connection, int excludedPatients) {
    this.connection = connection;
    this.excludedPatients = excludedPatients;
  }

  /** Opens {@code warehouse} for mining as {@code role}. */
  public static AccessLayer openForMining(Path warehouse, Role role) {
    if (role == Role.AUDITOR) {
      throw new MedmineUserException("The auditor role reads the audit log only: use 'medmine audit verify', or another role for mining.");
    }
    boolean deidentified;
    List<String> tables = new ArrayList<>();
    try (Warehouse w = Warehouse.openExisting(warehouse, true); Statement s = w.connection().createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM deid_run")) {
        rs.next();
        deidentified = rs.getLong(1) > 0;
      }
      try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
          + " AND table_name NOT IN ('audit_log', 'quarantine', 'schema_version', 'consent') ORDER BY 1")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not open " + warehouse + " for mining", e);
    }
    if (role == Role.ANALYST && !deidentified) {
      throw new MedmineUserException("An analyst may open only de-identified warehouses: run 'medmine deid' and give its --out.");
    }
    try {
      Connection c = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = c.createStatement()) {
        s.execute("ATTACH " + Deidentifier.literal(warehouse.toAbsolutePath().toString()) + " AS wh (READ_ONLY)");
        s.execute("CREATE TEMP TABLE denied AS SELECT DISTINCT source, patient_id FROM wh.consent"
            + " WHERE decision = 'deny' AND coalesce(status, 'active') = 'active'");
        for (String t : tables) {
          boolean patientScoped = hasColumn(s, t, "patient_id") || t.equals("patient");
          String key = t.equals("patient") ? "id" : "patient_id";
          s.execute("CREATE VIEW " + t + " AS SELECT * FROM wh." + t + " x" + (patientScoped
              ? " WHERE NOT EXISTS (SELECT 1 FROM denied d WHERE d.source = x.source AND d.patient_id = x." + key + ")"
              : ""));
        }
        int excluded;
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM denied")) {
          rs.next();
          excluded = rs.getInt(1);
        }
        return new AccessLayer(c, excluded);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not build the consent views of " + warehouse, e);
    }
  }

  private static boolean hasColumn(Statement s, String table, String column) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.columns WHERE table_catalog = 'wh'"
        + " AND table_name = '" + table + "' AND column_name = '" + column + "'")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  /** The connection whose tables are the consent-filtered views. */
  public Connection connection() {
    return connection;
  }

  /** How many patients consent excluded. */
  public int excludedPatients() {
    return excludedPatients;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException("could not close the access layer", e);
    }
  }
}
