package org.medmine.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.medmine.model.MedmineUserException;
import org.medmine.model.Table;

/**
 * The warehouse's interchange layout: one folder per table holding {@code part-*.parquet} files,
 * the layout the Spark engine reads and writes. Export writes through DuckDB's {@code COPY ... TO};
 * import upserts by ({@code source}, {@code id}) in one transaction, so importing the same folder
 * twice changes nothing.
 */
public final class ParquetExchange {
  private ParquetExchange() {}

  /** Every table that travels: the clinical tables, then the run log and the quarantine. */
  public static List<String> tables() {
    List<String> out = new ArrayList<>();
    Table.clinical().forEach(t -> out.add(t.sqlName()));
    out.addAll(Table.bookkeeping());
    return out;
  }

  /** Writes every table to {@code dir/<table>/part-0.parquet}; returns the row count per table. */
  public static Map<String, Long> export(Warehouse warehouse, Path dir) {
    Map<String, Long> counts = new LinkedHashMap<>();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new MedmineUserException(
          "Cannot create " + dir + " (" + e.getMessage() + "): choose a writable folder.", e);
    }
    try (Statement s = warehouse.connection().createStatement()) {
      for (String t : tables()) {
        Path folder = dir.resolve(t);
        deleteParts(folder);
        Files.createDirectories(folder);
        String order =
            t.equals("ingest_run")
                ? "run_id"
                : t.equals("quarantine") ? "source, file, position" : "source, id";
        s.execute(
            "COPY (SELECT * FROM "
                + t
                + " ORDER BY "
                + order
                + ") TO "
                + WarehouseLoader.quote(folder.resolve("part-0.parquet").toString())
                + " (FORMAT parquet, COMPRESSION zstd)");
        counts.put(t, count(s, t));
      }
    } catch (SQLException | IOException e) {
      throw new WarehouseException("could not export to " + dir, e);
    }
    return counts;
  }

  private static void deleteParts(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        Files.delete(f);
      }
    }
  }

  private static long count(Statement s, String table) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Upserts every table folder found under {@code dir} into the warehouse, in one transaction;
   * returns the rows read per table. Folders for tables medmine does not know are refused, so a
   * typo is not silent.
   */
  public static Map<String, Long> importFrom(Warehouse warehouse, Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new MedmineUserException(
          "No Parquet folder at " + dir + ": give the folder 'medmine export --parquet' wrote.");
    }
    List<String> known = tables();
    List<String> present = tableFolders(dir, known);
    DeidentifiedStatus.refuseInput(warehouse.connection(), warehouse.file(), "import");
    Connection c = warehouse.connection();
    Map<String, Long> counts = new LinkedHashMap<>();
    try {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String t : known) {
          if (present.contains(t)) {
            counts.put(t, importTable(s, t, dir.resolve(t)));
          }
        }
      }
      c.commit();
    } catch (SQLException e) {
      rollback(c);
      throw new MedmineUserException(
          "Could not import "
              + dir
              + " ("
              + Warehouse.firstLine(String.valueOf(e.getMessage()))
              + "): check that it was written by 'medmine export --parquet' at the same schema version.",
          e);
    } finally {
      try {
        c.setAutoCommit(true);
      } catch (SQLException ignored) {
        // connection already broken
      }
    }
    return counts;
  }

  /**
   * The table folders under {@code dir}; a user error for a folder that is no table, or for none at
   * all.
   */
  private static List<String> tableFolders(Path dir, List<String> known) {
    List<String> present = new ArrayList<>();
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : entries.filter(Files::isDirectory).sorted().toList()) {
        String name = p.getFileName().toString();
        if (!known.contains(name)) {
          throw new MedmineUserException(
              "Folder "
                  + p
                  + " is not a medmine table (expected one of "
                  + known
                  + "): remove it or fix its name.");
        }
        present.add(name);
      }
    } catch (IOException e) {
      throw new MedmineUserException("Cannot list " + dir + " (" + e.getMessage() + ").", e);
    }
    if (present.isEmpty()) {
      throw new MedmineUserException(
          "No table folders under " + dir + ": give the folder 'medmine export --parquet' wrote.");
    }
    return present;
  }

  private static long importTable(Statement s, String t, Path folder) throws SQLException {
    String files = WarehouseLoader.quote(folder.resolve("*.parquet").toString());
    s.execute("CREATE TEMP TABLE _import AS SELECT * FROM read_parquet(" + files + ")");
    long n = count(s, "_import");
    String key =
        switch (t) {
          case "ingest_run" -> "run_id";
          case "quarantine" -> "source, file, position";
          default -> "source, id";
        };
    s.execute("DELETE FROM " + t + " WHERE (" + key + ") IN (SELECT " + key + " FROM _import)");
    s.execute("INSERT INTO " + t + " BY NAME SELECT * FROM _import");
    s.execute("DROP TABLE _import");
    return n;
  }

  private static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // nothing more to undo
    }
  }
}
