package org.medmine.privacy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.medmine.model.MedmineAccessDeniedException;
import org.medmine.warehouse.AttachedWarehouses;
import org.medmine.warehouse.AttachedWarehouses.Encryption;
import org.medmine.warehouse.DeidentifiedStatus;
import org.medmine.warehouse.EncryptedWarehouses;
import org.medmine.warehouse.Warehouse;
import org.medmine.warehouse.WarehouseSettings;

/**
 * The one place where roles and consent are enforced for mining (shared/DESIGN.md). It opens a
 * warehouse in a session of its own in which every patient-scoped table (one with a {@code
 * patient_id} column, and {@code patient} itself), under its own name, is a view that holds only
 * the rows of patients whose consent does not deny secondary use: an active FHIR Consent with
 * provision type deny whose scope is research or patient privacy (or unstated), within its period,
 * or an entry of the opt-out list. Mining jobs take {@link #connection()} like any JDBC connection
 * and need not remember consent themselves. The audit log is the auditor's: a mining session sees
 * it empty.
 *
 * <p>How it works: the warehouse is attached to an in-memory DuckDB session and made the default
 * catalog; the consent-filtered views are TEMP views, which DuckDB resolves before the warehouse's
 * own tables of the same name. Tables that are not patient-scoped ({@code provider}, {@code
 * ingest_run}, ...) are the warehouse's own.
 *
 * <p>Jobs that write results ({@code medmine quality} writes {@code observation_standard}, {@code
 * medmine link} writes {@code patient_link} and {@code link_review}) open it with {@link
 * #openForMiningAndResults}: the warehouse is attached writable, the named result tables are not
 * shadowed, so the job reads every input through the consent views and writes its results into the
 * warehouse. Results derived from those inputs hold no row of a denying patient; views stay
 * read-only, so a job cannot change clinical rows by mistake.
 *
 * <p>An encrypted warehouse (DuckDB's database encryption) is attached with the key of the front
 * end's {@link WarehouseSettings}: reading needs only the key, writing results also OpenSSL from a
 * local httpfs ({@link AttachedWarehouses}).
 *
 * <p>An analyst may open only a de-identified warehouse ({@link DeidentifiedStatus}: written by
 * {@code medmine deid}, with no source row added since); an auditor no warehouse for mining.
 */
public final class AccessLayer implements AutoCloseable {
  /**
   * Consent rows that deny secondary use now (the denied patients are their (source, patient_id)).
   */
  static final String DENYING_CONSENT =
      "decision = 'deny' AND coalesce(status, 'active') = 'active'"
          + " AND coalesce(scope_code, 'research') IN ('research', 'patient-privacy')"
          + " AND coalesce(start_time, TIMESTAMP '0001-01-01') <= current_timestamp::TIMESTAMP"
          + " AND coalesce(end_time, TIMESTAMP '9999-12-31') > current_timestamp::TIMESTAMP";

  private static final Set<String> HIDDEN = Set.of("audit_log");

  private final Path warehouse;
  private final Connection connection;
  private final int excludedPatients;
  private final DeidentifiedStatus status;
  private final boolean encrypted;
  private final List<String> filteredTables;

  private AccessLayer(
      Path warehouse,
      Connection connection,
      int excludedPatients,
      DeidentifiedStatus status,
      boolean encrypted,
      List<String> filteredTables) {
    this.warehouse = warehouse;
    this.connection = connection;
    this.excludedPatients = excludedPatients;
    this.status = status;
    this.encrypted = encrypted;
    this.filteredTables = List.copyOf(filteredTables);
  }

  /**
   * Opens {@code warehouse} read-only for mining as {@code role}, with the default settings (no
   * key).
   */
  public static AccessLayer openForMining(Path warehouse, Role role) {
    return openForMining(warehouse, role, WarehouseSettings.defaults());
  }

  /**
   * Opens {@code warehouse} read-only for mining as {@code role}, with {@code key} if it is
   * encrypted.
   */
  public static AccessLayer openForMining(
      Path warehouse, Role role, Optional<EncryptedWarehouses.Key> key) {
    return openForMining(warehouse, role, WarehouseSettings.defaults().withKey(key));
  }

  /**
   * Opens {@code warehouse} read-only for mining as {@code role}, with the front end's {@code
   * settings} (DuckDB's memory limit; the key, if the warehouse is encrypted).
   */
  public static AccessLayer openForMining(Path warehouse, Role role, WarehouseSettings settings) {
    return open(warehouse, role, Set.of(), settings);
  }

  /**
   * Opens {@code warehouse} for a job that reads through the consent views and writes {@code
   * resultTables} (which must exist in the warehouse) into it, with the default settings (no key).
   * The warehouse is migrated to the current schema first.
   */
  public static AccessLayer openForMiningAndResults(
      Path warehouse, Role role, Set<String> resultTables) {
    return openForMiningAndResults(warehouse, role, resultTables, WarehouseSettings.defaults());
  }

  /**
   * As {@link #openForMiningAndResults(Path, Role, Set)}, with {@code key} if the warehouse is
   * encrypted.
   */
  public static AccessLayer openForMiningAndResults(
      Path warehouse, Role role, Set<String> resultTables, Optional<EncryptedWarehouses.Key> key) {
    return openForMiningAndResults(
        warehouse, role, resultTables, WarehouseSettings.defaults().withKey(key));
  }

  /**
   * As {@link #openForMiningAndResults(Path, Role, Set)}, with the front end's {@code settings}: an
   * encrypted warehouse needs their key, and OpenSSL from a local httpfs to be written.
   */
  public static AccessLayer openForMiningAndResults(
      Path warehouse, Role role, Set<String> resultTables, WarehouseSettings settings) {
    if (resultTables.isEmpty()) {
      throw new IllegalArgumentException("a writing job names the tables it writes");
    }
    return open(warehouse, role, resultTables, settings);
  }

  private static AccessLayer open(
      Path warehouse, Role role, Set<String> resultTables, WarehouseSettings settings) {
    if (role == Role.AUDITOR) {
      throw new MedmineAccessDeniedException(
          "The auditor role reads the audit log only: use 'medmine audit verify', or another role for mining.");
    }
    Connection c = null;
    try {
      c = DriverManager.getConnection("jdbc:duckdb:");
      boolean encrypted = attach(c, warehouse, !resultTables.isEmpty(), settings);
      return filter(c, warehouse, role, resultTables, encrypted);
    } catch (SQLException e) {
      closeQuietly(c);
      throw new IllegalStateException("could not build the consent views of " + warehouse, e);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  /**
   * Opens a session for mining as {@code role} on {@code fresh}, a new connection to a database in
   * which {@code warehouse} is attached as {@code wh} by {@link #attachForSharing} (a long-lived
   * server's): its consent views are TEMP views of this connection alone, so sessions of one
   * database run side by side, each seeing the warehouse as of its own transactions (DuckDB's
   * MVCC). Closing the session closes {@code fresh}, not the database.
   */
  public static AccessLayer openSession(
      Connection fresh, Path warehouse, Role role, Set<String> resultTables, boolean encrypted) {
    if (role == Role.AUDITOR) {
      closeQuietly(fresh);
      throw new MedmineAccessDeniedException(
          "The auditor role reads the audit log only: use 'medmine audit verify', or another role for mining.");
    }
    try {
      try (Statement s = fresh.createStatement()) {
        s.execute("USE wh");
      }
      return filter(fresh, warehouse, role, resultTables, encrypted);
    } catch (SQLException e) {
      closeQuietly(fresh);
      throw new IllegalStateException("could not build the consent views of " + warehouse, e);
    } catch (RuntimeException e) {
      closeQuietly(fresh);
      throw e;
    }
  }

  /**
   * Attaches {@code warehouse} writable, migrated to the current schema, to the session of {@code
   * c} as its default catalog {@code wh}, for {@link #openSession}s to share; whether it is
   * encrypted.
   */
  public static boolean attachForSharing(Connection c, Path warehouse, WarehouseSettings settings)
      throws SQLException {
    return attach(c, warehouse, true, settings);
  }

  /**
   * Refuses {@code role} this session as opening it would have (a kept session handed to another
   * request): an auditor always, an analyst unless the warehouse is de-identified.
   */
  public void requireRole(Role role) {
    if (role == Role.AUDITOR) {
      throw new MedmineAccessDeniedException(
          "The auditor role reads the audit log only: use 'medmine audit verify', or another role for mining.");
    }
    if (role == Role.ANALYST && !status.deidentified()) {
      throw new MedmineAccessDeniedException(
          "An analyst may open only de-identified warehouses: run 'medmine deid' and give its --out.");
    }
  }

  private static AccessLayer filter(
      Connection c, Path warehouse, Role role, Set<String> resultTables, boolean encrypted)
      throws SQLException {
    DeidentifiedStatus status = DeidentifiedStatus.of(c);
    if (role == Role.ANALYST && !status.deidentified()) {
      throw new MedmineAccessDeniedException(
          "An analyst may open only de-identified warehouses: run 'medmine deid' and give its --out.");
    }
    try (Statement s = c.createStatement()) {
      List<String> filtered = createConsentViews(s, resultTables);
      int excluded;
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM consent_denied")) {
        rs.next();
        excluded = rs.getInt(1);
      }
      return new AccessLayer(warehouse, c, excluded, status, encrypted, filtered);
    }
  }

  /**
   * Attaches {@code warehouse} to the session of {@code c} as its default catalog {@code wh},
   * DuckDB's memory capped as {@code settings} say; a writable one is migrated to the current
   * schema, a read-only one must be at it. Whether it is encrypted.
   */
  private static boolean attach(
      Connection c, Path warehouse, boolean writable, WarehouseSettings settings)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET memory_limit = " + Deidentifier.literal(settings.memoryLimit()));
    }
    boolean encrypted =
        AttachedWarehouses.attach(c, warehouse, "wh", settings.key(), !writable)
            == Encryption.ENCRYPTED;
    try (Statement s = c.createStatement()) {
      s.execute("USE wh");
    }
    Warehouse.checkSchema(c, warehouse, writable);
    return encrypted;
  }

  /**
   * Creates, in the session of {@code s}, the table of patients whose consent denies secondary use
   * and a TEMP view without them over every patient-scoped table but the {@code resultTables};
   * hides the audit log. The tables it filtered.
   */
  private static List<String> createConsentViews(Statement s, Set<String> resultTables)
      throws SQLException {
    s.execute(
        "CREATE TEMP TABLE consent_denied AS SELECT DISTINCT source, patient_id FROM wh.main.consent WHERE "
            + DENYING_CONSENT);
    List<String> filtered = new ArrayList<>();
    for (Map.Entry<String, List<String>> t : patientColumns(s).entrySet()) {
      if (resultTables.contains(t.getKey())) {
        continue;
      }
      s.execute(
          "CREATE TEMP VIEW "
              + t.getKey()
              + " AS SELECT * FROM wh.main."
              + t.getKey()
              + " x"
              + withoutDeniedPatients(t.getValue()));
      filtered.add(t.getKey());
    }
    for (String t : HIDDEN) {
      s.execute("CREATE TEMP VIEW " + t + " AS SELECT * FROM wh.main." + t + " WHERE false");
    }
    return filtered;
  }

  /**
   * The WHERE clause keeping the rows of table {@code x} none of whose {@code patientColumns} names
   * a denier.
   */
  private static String withoutDeniedPatients(List<String> patientColumns) {
    StringBuilder where = new StringBuilder();
    for (String col : patientColumns) {
      where
          .append(where.length() == 0 ? " WHERE " : " AND ")
          .append("NOT EXISTS (SELECT 1 FROM consent_denied d")
          .append(" WHERE d.source = x.")
          .append(col.equals("id") ? "source" : col.replace("patient_id", "source"))
          .append(" AND d.patient_id = x.")
          .append(col)
          .append(")");
    }
    return where.toString();
  }

  /**
   * Each patient-scoped base table of the attached warehouse and the columns naming its patients.
   */
  private static Map<String, List<String>> patientColumns(Statement s) throws SQLException {
    Map<String, List<String>> out = new TreeMap<>();
    try (ResultSet rs =
        s.executeQuery(
            "SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = 'wh'"
                + " AND schema_name = 'main' AND column_name IN ('patient_id', 'patient_id_a', 'patient_id_b') ORDER BY 1, 2")) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    out.put("patient", List.of("id"));
    return out;
  }

  private static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // the original failure is the one to report
      }
    }
  }

  /** The connection whose patient-scoped tables are the consent-filtered views. */
  public Connection connection() {
    return connection;
  }

  /** The warehouse file this session reads. */
  public Path warehouse() {
    return warehouse;
  }

  /** How many patients consent excluded. */
  public int excludedPatients() {
    return excludedPatients;
  }

  /**
   * Whether the warehouse counts as de-identified: written by de-identification and holding exactly
   * the source rows it wrote ({@link DeidentifiedStatus}).
   */
  public boolean deidentified() {
    return status.deidentified();
  }

  /** The facts the de-identified status is derived from. */
  public DeidentifiedStatus deidentifiedStatus() {
    return status;
  }

  /**
   * Whether the warehouse is encrypted with DuckDB's database encryption (attached with its key).
   */
  public boolean encrypted() {
    return encrypted;
  }

  /** The rows each consent-filtered table shows (what a job could read), by table name. */
  public Map<String, Long> visibleRows() {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Statement s = connection.createStatement()) {
      for (String t : filteredTables) {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
          rs.next();
          out.put(t, rs.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not count the rows of " + warehouse, e);
    }
    return out;
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
