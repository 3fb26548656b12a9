package org.medmine.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.medmine.model.MedmineUserException;

/**
 * Whether a warehouse holds de-identified data, derived from facts rather than from a flag that
 * could go stale. A warehouse is de-identified when {@code medmine deid} wrote it (its {@code
 * deid_run} holds the run's manifest, with the rows it wrote per table) AND every table that
 * carries source data (the clinical tables, {@code ingest_run} and {@code quarantine}, {@link
 * ParquetExchange#tables()}) still holds exactly the rows that run wrote. Every path that adds
 * source rows changes a count: medmine's own ingest, import and consent loading are refused on such
 * a warehouse ({@link #refuseInput}), and whatever else adds rows (an older medmine, DuckDB by
 * hand) ends the status: the warehouse is then treated as identified, with every protection back
 * on. Tables that commands derive from the data ({@code observation_standard}, {@code
 * patient_link}) do not count.
 *
 * @param writtenByDeid whether {@code deid_run} records a de-identification
 * @param changedTables the source tables whose rows differ from what de-identification wrote, with
 *     both counts
 */
public record DeidentifiedStatus(boolean writtenByDeid, List<String> changedTables) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public DeidentifiedStatus {
    changedTables = List.copyOf(changedTables);
  }

  /**
   * Whether the warehouse counts as de-identified: written by deid, and no source row added or
   * removed since.
   */
  public boolean deidentified() {
    return writtenByDeid && changedTables.isEmpty();
  }

  /** Reads the status of the warehouse {@code c} reads by default. */
  public static DeidentifiedStatus of(Connection c) {
    try (Statement s = c.createStatement()) {
      JsonNode rows;
      try (ResultSet rs =
          s.executeQuery("SELECT manifest FROM deid_run ORDER BY created_at DESC LIMIT 1")) {
        if (!rs.next()) {
          return new DeidentifiedStatus(false, List.of());
        }
        rows = JSON.readTree(rs.getString(1)).path("rows");
      }
      List<String> changed = new ArrayList<>();
      for (String table : ParquetExchange.tables()) {
        long expected = rows.path(table).asLong(0);
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
          rs.next();
          if (rs.getLong(1) != expected) {
            changed.add(
                table + " (" + expected + " rows de-identified, " + rs.getLong(1) + " now)");
          }
        }
      }
      return new DeidentifiedStatus(true, changed);
    } catch (SQLException e) {
      throw new WarehouseException("could not read the de-identification status", e);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the de-identification manifest", e);
    }
  }

  /**
   * Refuses to {@code doWhat} (e.g. "ingest") into {@code warehouse} when de-identification wrote
   * it, whether or not it still counts as de-identified: identified input belongs in the identified
   * warehouse it came from.
   */
  public static void refuseInput(Connection c, Path warehouse, String doWhat) {
    if (of(c).writtenByDeid()) {
      throw new MedmineUserException(
          warehouse
              + " is a de-identified warehouse (written by 'medmine deid'): "
              + doWhat
              + " into the identified warehouse it came from and run 'medmine deid' again.");
    }
  }
}
