package org.medmine.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import org.medmine.model.MedmineUserException;

/**
 * Attaches an existing warehouse file, plain or encrypted with DuckDB's database encryption, to a
 * DuckDB session of another database (the access layer's in-memory session, de-identification's
 * output). A plain file is attached as it is; an encrypted one with the warehouse key the caller
 * gives (the front end's, as {@link Warehouse} uses from its {@link WarehouseSettings}), read-only
 * with DuckDB's built-in crypto module, for writing only with OpenSSL from a local httpfs (else the
 * refusal of {@link EncryptedWarehouses}). A missing key, a wrong key and a file in use are each
 * one sentence.
 */
public final class AttachedWarehouses {
  private AttachedWarehouses() {}

  /** How a warehouse was attached. */
  public enum Encryption {
    PLAIN,
    ENCRYPTED
  }

  /**
   * Attaches {@code file} as {@code alias} to {@code c}, with {@code key} when the file turns out
   * to be encrypted. The file must exist.
   */
  public static Encryption attach(
      Connection c,
      Path file,
      String alias,
      Optional<EncryptedWarehouses.Key> key,
      boolean readOnly) {
    if (!Files.isRegularFile(file)) {
      throw new MedmineUserException(
          "No warehouse at " + file + ": run 'medmine ingest' first or give --warehouse FILE.");
    }
    String path = WarehouseLoader.quote(file.toAbsolutePath().toString());
    try (Statement s = c.createStatement()) {
      s.execute("ATTACH " + path + " AS " + alias + (readOnly ? " (READ_ONLY)" : ""));
      return Encryption.PLAIN;
    } catch (SQLException e) {
      String msg = String.valueOf(e.getMessage());
      if (!msg.toLowerCase(Locale.ROOT).contains("encrypt")) {
        throw openFailure(file, e);
      }
    }
    EncryptedWarehouses.Key k =
        key.orElseThrow(
            () ->
                new MedmineUserException(
                    "Warehouse "
                        + file
                        + " is encrypted: set "
                        + EncryptedWarehouses.KEY_ENV
                        + " (or "
                        + EncryptedWarehouses.KEY_FILE_ENV
                        + "=FILE) to its key."));
    // a failed statement closes itself in DuckDB's JDBC driver: each attempt gets its own
    try (Statement s = c.createStatement()) {
      EncryptedWarehouses.attach(
          s, file, k, readOnly, "write to the encrypted warehouse " + file.getFileName(), alias);
      return Encryption.ENCRYPTED;
    } catch (SQLException e) {
      if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("lock")) {
        throw openFailure(file, e);
      }
      throw new MedmineUserException(
          "Cannot open encrypted warehouse "
              + file
              + " ("
              + Warehouse.firstLine(String.valueOf(e.getMessage()))
              + "): check the warehouse key.",
          e);
    }
  }

  /**
   * Opens the existing warehouse {@code file}, plain or encrypted (with the key of {@code
   * settings}), read-only in a session of its own in which it is the default catalog; it must be at
   * the current schema version.
   */
  public static Warehouse openReadOnly(Path file, WarehouseSettings settings) {
    Warehouse w = Warehouse.openInMemory(file, settings.memoryLimit());
    boolean done = false;
    try {
      attach(w.connection(), file, "wh", settings.key(), true);
      try (Statement s = w.connection().createStatement()) {
        s.execute("USE wh");
      }
      Warehouse.checkSchema(w.connection(), file, false);
      done = true;
      return w;
    } catch (SQLException e) {
      throw new WarehouseException("could not open " + file, e);
    } finally {
      if (!done) {
        w.close();
      }
    }
  }

  private static MedmineUserException openFailure(Path file, SQLException e) {
    String msg = String.valueOf(e.getMessage());
    if (msg.contains("lock")) {
      return new MedmineUserException(
          "Warehouse " + file + " is in use by another process: wait for it to finish, then retry.",
          e);
    }
    return new MedmineUserException(
        "Cannot open "
            + file
            + " as a DuckDB warehouse ("
            + Warehouse.firstLine(msg)
            + "): give the path of a medmine warehouse.",
        e);
  }
}
