package org.medmine.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.medmine.model.MedmineUserException;

/**
 * An embedded DuckDB warehouse file, migrated to the current schema on open. One writer at a time:
 * DuckDB locks the file, and a second writer gets a clear error. How DuckDB is set up (its memory
 * limit) and the key of a warehouse that turns out to be encrypted come from the front end's {@link
 * WarehouseSettings}; the methods without settings use {@link WarehouseSettings#defaults()}.
 */
public final class Warehouse implements AutoCloseable {
  private final Path file;
  private final Connection connection;

  private Warehouse(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Opens (creating if needed) the warehouse at {@code file} and brings its schema up to date. */
  public static Warehouse open(Path file) {
    return open(file, WarehouseSettings.defaults());
  }

  /**
   * As {@link #open(Path)}, with {@code settings} (an existing encrypted warehouse opens with their
   * key).
   */
  public static Warehouse open(Path file, WarehouseSettings settings) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new MedmineUserException(
          "Cannot create the folder for warehouse "
              + file
              + " ("
              + e.getMessage()
              + "): choose a writable path.",
          e);
    }
    Warehouse w = connect(file, false, settings);
    try {
      new SchemaMigrator(w.connection).migrate();
    } catch (SQLException e) {
      w.close();
      throw new WarehouseException("could not migrate warehouse " + file, e);
    }
    return w;
  }

  /**
   * Opens an existing warehouse for reading; it must exist and be at the current schema version.
   */
  public static Warehouse openExisting(Path file, boolean readOnly) {
    return openExisting(file, readOnly, WarehouseSettings.defaults());
  }

  /** As {@link #openExisting(Path, boolean)}, with {@code settings}. */
  public static Warehouse openExisting(Path file, boolean readOnly, WarehouseSettings settings) {
    if (!Files.isRegularFile(file)) {
      throw new MedmineUserException(
          "No warehouse at " + file + ": run 'medmine ingest' first or give --warehouse FILE.");
    }
    if (!readOnly) {
      return open(file, settings);
    }
    Warehouse w = connect(file, true, settings);
    try {
      int version = new SchemaMigrator(w.connection).currentVersion();
      if (version < SchemaMigrator.latestVersion()) {
        w.close();
        throw new MedmineUserException(
            "Warehouse "
                + file
                + " is at schema version "
                + version
                + " but this medmine needs "
                + SchemaMigrator.latestVersion()
                + ": open it once with 'medmine ingest' or 'medmine stats --migrate'.");
      }
    } catch (SQLException e) {
      w.close();
      throw new WarehouseException("could not read the schema version of " + file, e);
    }
    return w;
  }

  /**
   * Brings the warehouse that {@code c} reads by default (e.g. one attached and made current with
   * USE) up to the current schema when {@code migrate}, else checks that it is at the current
   * schema version.
   */
  public static void checkSchema(Connection c, Path file, boolean migrate) {
    try {
      SchemaMigrator migrator = new SchemaMigrator(c);
      if (migrate) {
        migrator.migrate();
        return;
      }
      int version = migrator.currentVersion();
      if (version < SchemaMigrator.latestVersion()) {
        throw new MedmineUserException(
            "Warehouse "
                + file
                + " is at schema version "
                + version
                + " but this medmine needs "
                + SchemaMigrator.latestVersion()
                + ": open it once with 'medmine ingest' or 'medmine stats --migrate'.");
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not check the schema of " + file, e);
    }
  }

  private static Warehouse connect(Path file, boolean readOnly, WarehouseSettings settings) {
    try {
      Properties props = new Properties();
      props.setProperty("memory_limit", settings.memoryLimit());
      if (readOnly) {
        props.setProperty("duckdb.read_only", "true");
      }
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
      return new Warehouse(file, c);
    } catch (SQLException e) {
      String msg = String.valueOf(e.getMessage());
      if (msg.toLowerCase(java.util.Locale.ROOT).contains("encrypt")) {
        // DuckDB's own database encryption: open it with the front end's key, or say how to give
        // one
        return EncryptedWarehouses.open(
            file,
            settings
                .key()
                .orElseThrow(
                    () ->
                        new MedmineUserException(
                            "Warehouse "
                                + file
                                + " is encrypted: set "
                                + EncryptedWarehouses.KEY_ENV
                                + " (or "
                                + EncryptedWarehouses.KEY_FILE_ENV
                                + "=FILE) to its key.",
                            e)),
            readOnly,
            settings.memoryLimit());
      }
      if (msg.contains("lock")) {
        throw new MedmineUserException(
            "Warehouse "
                + file
                + " is in use by another process: wait for it to finish, then retry.",
            e);
      }
      throw new MedmineUserException(
          "Cannot open "
              + file
              + " as a DuckDB warehouse ("
              + firstLine(msg)
              + "): give the path of a medmine warehouse.",
          e);
    }
  }

  /**
   * An in-memory database (no file), DuckDB's memory capped at {@code memoryLimit}, into which the
   * warehouse {@code file} will be attached, e.g. encrypted.
   */
  static Warehouse openInMemory(Path file, String memoryLimit) {
    try {
      Properties props = new Properties();
      props.setProperty("memory_limit", memoryLimit);
      return new Warehouse(file, DriverManager.getConnection("jdbc:duckdb:", props));
    } catch (SQLException e) {
      throw new WarehouseException("could not open an in-memory database", e);
    }
  }

  static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /**
   * The file of the database that {@code c} reads by default (its current catalog): the warehouse
   * file for a warehouse's own connection and for the access layer's, which attaches it.
   */
  public static Path fileOf(Connection c) {
    try (java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs =
            s.executeQuery(
                "SELECT path FROM duckdb_databases() WHERE database_name = current_database()")) {
      return rs.next() && rs.getString(1) != null ? Path.of(rs.getString(1)) : Path.of(":memory:");
    } catch (SQLException e) {
      throw new WarehouseException("could not name the database of a connection", e);
    }
  }

  public Path file() {
    return file;
  }

  /** The JDBC connection; callers own their statements, not the connection. */
  public Connection connection() {
    return connection;
  }

  /** The schema version of the warehouse {@code c} reads by default. */
  public static int schemaVersion(Connection c) {
    try {
      return new SchemaMigrator(c).currentVersion();
    } catch (SQLException e) {
      throw new WarehouseException("could not read the schema version", e);
    }
  }

  public int schemaVersion() {
    try {
      return new SchemaMigrator(connection).currentVersion();
    } catch (SQLException e) {
      throw new WarehouseException("could not read the schema version", e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new WarehouseException("could not close warehouse " + file, e);
    }
  }
}
