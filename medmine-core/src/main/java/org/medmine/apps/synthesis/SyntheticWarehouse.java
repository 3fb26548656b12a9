package org.medmine.apps.synthesis;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.TableAppender;
import org.medmine.warehouse.Warehouse;
import org.medmine.warehouse.WarehouseSettings;

/**
 * Writes synthetic patients as a new warehouse in medmine's schema (source {@code synthetic}, new
 * ids, no names, addresses or identifiers, geography to the state), so that every command runs on
 * it. It records itself in {@code deid_run} with the {@code shifted} policy, whose rules fit
 * generated data: no identifier of anyone, dates that are no real person's dates, ages over 89
 * never drawn; so {@code medmine deid verify} scans it against the warehouse it was learned from.
 */
final class SyntheticWarehouse {
  static final String SOURCE = "synthetic";

  private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("patient", "id, sex, race, ethnicity, birth_date, state, country");
    COLUMNS.put("organization", "id, name, state");
    COLUMNS.put(
        "encounter",
        "id, patient_id, class_code, class, status, code_system, code, code_display,"
            + " start_time, end_time, organization_id");
    COLUMNS.put(
        "condition",
        "id, patient_id, encounter_id, clinical_status, code_system, code, code_display,"
            + " onset_time, recorded_time");
    COLUMNS.put(
        "medication",
        "id, patient_id, encounter_id, kind, status, code_system, code, code_display, start_time");
    COLUMNS.put(
        "procedure",
        "id, patient_id, encounter_id, status, code_system, code, code_display, start_time,"
            + " end_time");
    COLUMNS.put(
        "observation",
        "id, patient_id, encounter_id, category, status, code_system, code, code_display,"
            + " value_type, value_number, value_unit, effective_time, issued_time");
  }

  private SyntheticWarehouse() {}

  /**
   * Writes {@code patients} into the new warehouse {@code out}; returns the rows per table. A
   * failed write leaves no {@code out}.
   */
  static Map<String, Long> write(
      Path out,
      List<PatientSampler.Drawn> patients,
      Vocabulary vocabulary,
      WarehouseSettings settings,
      Map<String, Object> manifest,
      long seed) {
    if (Files.exists(out)) {
      throw new MedmineUserException(
          "The output " + out + " already exists: give a new file for --out.");
    }
    try (Warehouse w = Warehouse.open(out, settings.withKey(java.util.Optional.empty()))) {
      Connection c = w.connection();
      createStaging(c);
      new SyntheticRows(c, vocabulary, new Random(seed)).append(patients);
      Map<String, Long> rows = new LinkedHashMap<>();
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (Map.Entry<String, String> t : COLUMNS.entrySet()) {
          rows.put(
              t.getKey(),
              (long)
                  s.executeUpdate(
                      "INSERT INTO "
                          + t.getKey()
                          + " (source, "
                          + t.getValue()
                          + ") SELECT '"
                          + SOURCE
                          + "', "
                          + t.getValue()
                          + " FROM syn_"
                          + t.getKey()));
          s.execute("DROP TABLE syn_" + t.getKey());
        }
        rows.put("ingest_run", 1L);
        record(c, rows, manifest);
      }
      c.commit();
      c.setAutoCommit(true);
      return rows;
    } catch (SQLException | RuntimeException e) {
      try {
        Files.deleteIfExists(out);
        Files.deleteIfExists(out.resolveSibling(out.getFileName() + ".wal"));
      } catch (java.io.IOException ignored) {
        // the write's own failure is the one to report
      }
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("could not write the synthetic warehouse " + out, e);
    }
  }

  /** Creates the staging tables, one per clinical table written, all text. */
  private static void createStaging(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (Map.Entry<String, String> t : COLUMNS.entrySet()) {
        s.execute(
            "CREATE TABLE syn_"
                + t.getKey()
                + " AS SELECT "
                + t.getValue().replaceAll("([a-z_]+)", "CAST(NULL AS VARCHAR) AS $1")
                + " WHERE false");
      }
    }
  }

  private static void record(Connection c, Map<String, Long> rows, Map<String, Object> manifest)
      throws SQLException {
    String runId = (String) manifest.get("runId");
    long stored = rows.values().stream().mapToLong(Long::longValue).sum() - 1;
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO ingest_run (run_id, source, format, inputs, status, records_read,"
                + " records_stored, records_quarantined, medmine_version) VALUES"
                + " (?, ?, 'synthetic', ?, 'completed', ?, ?, 0, ?)")) {
      p.setString(1, runId);
      p.setString(2, SOURCE);
      p.setString(3, (String) manifest.get("learnedFrom"));
      p.setLong(4, stored);
      p.setLong(5, stored);
      p.setString(6, org.medmine.model.MedmineVersion.get());
      p.executeUpdate();
    }
    Map<String, Object> doc = new LinkedHashMap<>(manifest);
    doc.put("rows", rows);
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO deid_run (run_id, policy, created_at, source_file, manifest) VALUES"
                + " (?, 'shifted', ?, ?, ?)")) {
      p.setString(1, runId);
      p.setObject(2, LocalDateTime.now(ZoneOffset.UTC));
      p.setString(3, (String) manifest.get("learnedFrom"));
      p.setString(4, new ObjectMapper().writeValueAsString(doc));
      p.executeUpdate();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The timestamp text of a day and minute of the day. */
  static String at(LocalDate day, int minuteOfDay) {
    return day.atStartOfDay().plusMinutes(minuteOfDay).toString().replace('T', ' ');
  }

  /** An appender to the staging table of a clinical table, for {@link SyntheticRows}. */
  static TableAppender appender(Connection c, String table) throws SQLException {
    return TableAppender.open(c, "syn_" + table);
  }
}
