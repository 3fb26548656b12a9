package org.medmine.apps.governance;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.DeidentifiedStatus;
import org.medmine.warehouse.Warehouse;

/**
 * {@code import --omop}: an OMOP CDM 5.4 CSV folder ({@link OmopCdm}; the layout {@link OmopExport}
 * writes and OHDSI's Eunomia ships) into the warehouse. Every file is checked against the CDM DDL
 * (all thirteen present, the header the specification's columns) and loaded into a typed staging
 * table by DuckDB, which enforces the required columns; {@code omop/import.sql} then maps the
 * staged rows to warehouse rows, upserted by ({@code source}, {@code id}) in one transaction, so
 * importing the same folder twice changes nothing. Rows come back under the source {@code omop}.
 */
public final class OmopImport {
  private OmopImport() {}

  /**
   * Imports {@code dir} into the warehouse {@code open} gives, opened only once the folder holds
   * every CDM file; returns the rows upserted per warehouse table.
   */
  public static Map<String, Long> importFrom(Path dir, Supplier<Warehouse> open) {
    files(dir);
    try (Warehouse w = open.get()) {
      return importFrom(w, dir);
    }
  }

  /** Imports {@code dir} into {@code warehouse}; returns the rows upserted per warehouse table. */
  public static Map<String, Long> importFrom(Warehouse warehouse, Path dir) {
    List<Path> files = files(dir);
    DeidentifiedStatus.refuseInput(warehouse.connection(), warehouse.file(), "import");
    Connection c = warehouse.connection();
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Statement s = c.createStatement()) {
      OmopCdm.stage(s);
      for (Path file : files) {
        load(s, file);
      }
      c.setAutoCommit(false);
      for (Map.Entry<String, String> e :
          OmopCdm.sections(OmopCdm.resource("import.sql")).entrySet()) {
        counts.put(e.getKey(), upsert(s, e.getKey(), e.getValue()));
      }
      c.commit();
      c.setAutoCommit(true);
    } catch (SQLException e) {
      rollback(c);
      throw new MedmineUserException(
          "Could not import "
              + dir
              + " ("
              + firstLine(e)
              + "): check that it holds OMOP CDM 5.4 tables as 'medmine export --omop' writes.",
          e);
    }
    return counts;
  }

  /** The thirteen CDM files of {@code dir}; a user error names those missing. */
  private static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new MedmineUserException(
          "No OMOP folder at " + dir + ": give the folder 'medmine export --omop' wrote.");
    }
    List<Path> files = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String table : OmopCdm.tables()) {
      Path file = dir.resolve(table + ".csv");
      files.add(file);
      if (!Files.isRegularFile(file)) {
        missing.add(file.getFileName().toString());
      }
    }
    if (!missing.isEmpty()) {
      throw new MedmineUserException(
          "The OMOP folder "
              + dir
              + " lacks "
              + String.join(", ", missing)
              + ": give a folder holding all thirteen CDM 5.4 tables as CSV (encrypted files must"
              + " be decrypted with 'medmine decrypt' first).");
    }
    return files;
  }

  private static void load(Statement s, Path file) throws SQLException {
    String name = file.getFileName().toString();
    String table = name.substring(0, name.length() - ".csv".length());
    List<String> expected = new ArrayList<>(OmopCdm.columns(s, table).keySet());
    List<String> header = header(file);
    if (!header.equals(expected)) {
      throw new MedmineUserException(
          file
              + " has the header "
              + header
              + " but OMOP CDM 5.4 "
              + table
              + " has the columns "
              + expected
              + ": fix the file's first line.");
    }
    try {
      s.execute(
          "COPY omop_"
              + table
              + " FROM "
              + OmopCdm.literal(file.toString())
              + " (FORMAT csv, HEADER)");
    } catch (SQLException e) {
      throw new MedmineUserException(
          "Could not read " + file + " (" + firstLine(e) + "): fix the value the message names.",
          e);
    }
  }

  private static List<String> header(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line = in.readLine();
      List<String> out = new ArrayList<>();
      for (String column : (line == null ? "" : line.replace("\uFEFF", "")).split(",", -1)) {
        out.add(column.strip().replace("\"", "").toLowerCase(Locale.ROOT));
      }
      return out;
    } catch (IOException e) {
      throw new MedmineUserException("Cannot read " + file + " (" + e.getMessage() + ").", e);
    }
  }

  private static long upsert(Statement s, String table, String select) throws SQLException {
    s.execute("CREATE OR REPLACE TEMP TABLE omop_in AS " + select);
    s.execute("DELETE FROM " + table + " WHERE (source, id) IN (SELECT source, id FROM omop_in)");
    s.execute("INSERT INTO " + table + " BY NAME SELECT * FROM omop_in");
    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM omop_in")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String firstLine(SQLException e) {
    return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
  }

  private static void rollback(Connection c) {
    try {
      c.rollback();
      c.setAutoCommit(true);
    } catch (SQLException ignored) {
      // nothing more to undo
    }
  }
}
