package org.medmine.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.medmine.model.MedmineUserException;

/**
 * DuckDB's own database encryption (AES-256-GCM; every block but the main header is encrypted with
 * its own nonce and tag) for warehouses. DuckDB writes encrypted files securely only with OpenSSL
 * from its {@code httpfs} extension; without it DuckDB 2.0 has a "read-only crypto module"
 * (mbedtls) and refuses to write an encrypted database. Our machines cannot download extensions, so
 * medmine turns extension autoinstall and autoload off and LOADs httpfs from the folder the key
 * names (the front end's: the user's DuckDB extension folder {@code
 * ~/.duckdb/extensions/<version>/<platform>/} or a folder given by option), and otherwise refuses
 * to create or write an encrypted warehouse. It never falls back to DuckDB's mbedtls writer ({@code
 * force_mbedtls_unsafe}), which DuckDB itself declares insecure (its random nonces are not
 * cryptographically secure).
 *
 * <p>After loading, medmine checks what DuckDB reports: {@code duckdb_extensions()} lists httpfs as
 * loaded, and {@code duckdb_databases()} reports the attached warehouse as {@code encrypted} with
 * cipher GCM. Reading an existing encrypted warehouse read-only needs only the key (DuckDB decrypts
 * with either library).
 */
public final class EncryptedWarehouses {
  static final String EXTENSION = "httpfs.duckdb_extension";

  /** The environment variable holding the warehouse key. */
  public static final String KEY_ENV = "MEDMINE_WAREHOUSE_KEY";

  /** The environment variable naming a file that holds the warehouse key. */
  public static final String KEY_FILE_ENV = "MEDMINE_WAREHOUSE_KEY_FILE";

  /**
   * The environment variable naming the DuckDB extension folder (default {@code
   * ~/.duckdb/extensions}).
   */
  public static final String EXTENSIONS_ENV = "MEDMINE_DUCKDB_EXTENSIONS";

  /**
   * What lets a DuckDB session write encrypted databases: medmine's only one LOADs OpenSSL from
   * httpfs ({@link Key#Key(String, Path)}). The seam exists so that the tests can run every step
   * after it (create, migrate, ingest, write results and audit entries, reopen) here, where httpfs
   * cannot be had, with DuckDB's own test-only writer; product code never passes another.
   */
  @FunctionalInterface
  public interface SecureWriter {
    /**
     * Makes the session of {@code s} able to write encrypted files, or refuses: "Cannot {@code
     * what}: ...".
     */
    void load(Statement s, String what) throws SQLException;
  }

  /**
   * A warehouse key, the folder to load httpfs from (the front end resolves it, see {@link
   * #extensionFolder}; {@code null}: none, so that writes are refused) and the writer ({@code
   * null}: OpenSSL from that httpfs, the product's only writer).
   */
  public record Key(String secret, Path extensionFolder, SecureWriter writer) {
    /** A key whose writes load OpenSSL from httpfs in {@code extensionFolder}. */
    public Key(String secret, Path extensionFolder) {
      this(secret, extensionFolder, null);
    }

    public Key {
      if (secret == null || secret.strip().getBytes(StandardCharsets.UTF_8).length < 16) {
        throw new MedmineUserException(
            "The warehouse key is shorter than 16 bytes: use a long random value (e.g. 'openssl rand -hex 32').");
      }
      secret = secret.strip();
    }

    @Override
    public String toString() {
      return "Key[secret=<redacted>, extensionFolder=" + extensionFolder + "]";
    }
  }

  private EncryptedWarehouses() {}

  /**
   * The DuckDB extension folder of the user whose home is {@code userHome} ({@code
   * ~/.duckdb/extensions}).
   */
  public static Path defaultExtensionFolder(Path userHome) {
    return userHome.resolve(".duckdb").resolve("extensions");
  }

  /**
   * The DuckDB extension folder of a process whose environment is {@code env} and whose user's home
   * is {@code userHome}: {@value #EXTENSIONS_ENV}, else {@link #defaultExtensionFolder}. The front
   * end passes both in.
   */
  public static Path extensionFolder(Map<String, String> env, Path userHome) {
    String folder = env.get(EXTENSIONS_ENV);
    return folder == null || folder.isBlank() ? defaultExtensionFolder(userHome) : Path.of(folder);
  }

  /**
   * The warehouse key of the environment {@code env} ({@value #KEY_ENV}, else the file named by
   * {@value #KEY_FILE_ENV}), whose writes load httpfs from {@code extensionFolder}. The front end
   * passes {@code env} in.
   */
  public static Optional<Key> keyFromEnvironment(Map<String, String> env, Path extensionFolder) {
    String secret = env.get(KEY_ENV);
    if (secret != null && !secret.isBlank()) {
      return Optional.of(new Key(secret, extensionFolder));
    }
    String file = env.get(KEY_FILE_ENV);
    if (file != null && !file.isBlank()) {
      return Optional.of(new Key(readKeyFile(Path.of(file)), extensionFolder));
    }
    return Optional.empty();
  }

  /**
   * The key to create or write a warehouse encrypted under (the command line's {@code --encrypt}):
   * the one in {@code keyFile} when given, else that of {@code settings} (the environment's); with
   * DuckDB's extension folder {@code extensions} when given, else that of {@code settings}. Without
   * a key, a user error saying how to give one.
   */
  public static Key keyForWriting(Path keyFile, Path extensions, WarehouseSettings settings) {
    Path folder = extensions != null ? extensions : settings.extensionFolder().orElse(null);
    if (keyFile != null) {
      return new Key(readKeyFile(keyFile), folder);
    }
    return settings
        .key()
        .map(k -> new Key(k.secret(), folder))
        .orElseThrow(
            () ->
                new MedmineUserException(
                    "No warehouse key: --encrypt needs one; set "
                        + KEY_ENV
                        + " to a long random secret"
                        + " (e.g. export "
                        + KEY_ENV
                        + "=$(openssl rand -hex 32)) or give --warehouse-key-file FILE."));
  }

  /** The secret held in {@code keyFile} (text, surrounding whitespace ignored). */
  public static String readKeyFile(Path keyFile) {
    try {
      return Files.readString(keyFile, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new MedmineUserException(
          "Cannot read warehouse key file " + keyFile + ": give a readable file with the key.", e);
    }
  }

  /**
   * The httpfs extension for this DuckDB under {@code folder}: {@code folder/<version>/<platform>/}
   * as DuckDB installs it, or directly in {@code folder}.
   */
  public static Optional<Path> findHttpfs(Path folder, String version, String platform) {
    if (folder == null) {
      return Optional.empty();
    }
    for (Path candidate :
        List.of(
            folder.resolve(version).resolve(platform).resolve(EXTENSION),
            folder.resolve(EXTENSION))) {
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Opens the encrypted warehouse {@code file} with {@code key}, creating it (encrypted) when it
   * does not exist. Writing needs OpenSSL from httpfs: without it, creating or opening for writing
   * is refused with a sentence saying how to install it, and no file is left behind.
   */
  public static Warehouse open(Path file, Key key, boolean readOnly) {
    return open(file, key, readOnly, WarehouseSettings.DEFAULT_MEMORY_LIMIT);
  }

  /**
   * As {@link #open(Path, Key, boolean)}, DuckDB's memory capped at {@code memoryLimit} ({@link
   * WarehouseSettings}).
   */
  public static Warehouse open(Path file, Key key, boolean readOnly, String memoryLimit) {
    boolean existed = Files.exists(file);
    if (readOnly && !existed) {
      throw new MedmineUserException(
          "No warehouse at " + file + ": run 'medmine ingest' first or give --warehouse FILE.");
    }
    Warehouse w = Warehouse.openInMemory(file, memoryLimit);
    boolean done = false;
    try (Statement s = w.connection().createStatement()) {
      attach(
          s, file, key, readOnly, (existed ? "write" : "create") + " an encrypted warehouse", "wh");
      s.execute("USE wh");
      if (!readOnly) {
        new SchemaMigrator(w.connection()).migrate();
      }
      done = true;
      return w;
    } catch (SQLException e) {
      throw new MedmineUserException(
          "Cannot open encrypted warehouse "
              + file
              + " ("
              + Warehouse.firstLine(String.valueOf(e.getMessage()))
              + "): check the warehouse key.",
          e);
    } finally {
      if (!done) {
        w.close();
        if (!existed) {
          deleteQuietly(file);
        }
      }
    }
  }

  /**
   * Attaches the encrypted warehouse {@code file} as {@code alias} to the session of {@code s}:
   * read-only needs only the key (DuckDB decrypts with its built-in mbedtls module, which it calls
   * a "read-only crypto module"); writing first loads OpenSSL from httpfs or refuses with {@link
   * #secureWriterMissing}, "Cannot {@code what}: ...". Checks that DuckDB reports the file
   * encrypted with GCM.
   */
  static void attach(Statement s, Path file, Key key, boolean readOnly, String what, String alias)
      throws SQLException {
    s.execute("SET autoinstall_known_extensions = false");
    s.execute("SET autoload_known_extensions = false");
    if (!readOnly) {
      loadSecureWriter(s, key, what);
    }
    s.execute(
        "ATTACH "
            + WarehouseLoader.quote(file.toAbsolutePath().toString())
            + " AS "
            + alias
            + " (ENCRYPTION_KEY "
            + WarehouseLoader.quote(key.secret())
            + ", ENCRYPTION_CIPHER 'GCM'"
            + (readOnly ? ", READ_ONLY" : "")
            + ")");
    String reported =
        string(
            s,
            "SELECT encrypted::VARCHAR || ' ' || coalesce(cipher, '') FROM duckdb_databases()"
                + " WHERE database_name = "
                + WarehouseLoader.quote(alias));
    if (!reported.toUpperCase(Locale.ROOT).startsWith("TRUE")
        || !reported.toUpperCase(Locale.ROOT).contains("GCM")) {
      throw new MedmineUserException(
          "Warehouse "
              + file
              + " is not encrypted with AES-GCM (DuckDB reports '"
              + reported
              + "'): open it without a warehouse key, or give an encrypted one.");
    }
  }

  /**
   * Checks, in a DuckDB session of its own, that an encrypted warehouse can be written securely
   * under {@code key} (OpenSSL from a local httpfs loads), else refuses: "Cannot {@code what}:
   * ...".
   */
  public static void requireSecureWriter(Key key, String what) {
    // a session that only loads an extension: the default memory limit is plenty
    Warehouse w =
        Warehouse.openInMemory(Path.of(":memory:"), WarehouseSettings.DEFAULT_MEMORY_LIMIT);
    try (w;
        Statement s = w.connection().createStatement()) {
      s.execute("SET autoinstall_known_extensions = false");
      s.execute("SET autoload_known_extensions = false");
      loadSecureWriter(s, key, what);
    } catch (SQLException e) {
      throw new WarehouseException("could not check DuckDB's crypto module", e);
    }
  }

  private static void loadSecureWriter(Statement s, Key key, String what) throws SQLException {
    if (key.writer() != null) {
      key.writer().load(s, what);
      return;
    }
    Path folder = key.extensionFolder();
    Optional<Path> httpfs =
        findHttpfs(folder, string(s, "SELECT version()"), string(s, "PRAGMA platform"));
    if (httpfs.isEmpty()) {
      throw secureWriterMissing(what, folder);
    }
    s.execute("LOAD " + WarehouseLoader.quote(httpfs.get().toAbsolutePath().toString()));
    if (!string(
            s, "SELECT loaded::VARCHAR FROM duckdb_extensions() WHERE extension_name = 'httpfs'")
        .equals("true")) {
      throw new MedmineUserException(
          "DuckDB did not load httpfs from "
              + httpfs.get()
              + ": install the httpfs of DuckDB "
              + string(s, "SELECT version()")
              + " there.");
    }
  }

  /**
   * The one sentence refusing to write an encrypted warehouse without OpenSSL from httpfs in {@code
   * folder}.
   */
  static MedmineUserException secureWriterMissing(String what, Path folder) {
    return new MedmineUserException(
        "Cannot "
            + what
            + ": DuckDB encrypts securely only with OpenSSL from its httpfs"
            + " extension, which is not in "
            + (folder == null ? "any DuckDB extension folder (none was given)" : folder)
            + "; install it (in DuckDB on a machine with network access: INSTALL"
            + " httpfs; then copy ~/.duckdb/extensions here) or give --duckdb-extensions DIR (or set "
            + EXTENSIONS_ENV
            + ").");
  }

  private static String string(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? String.valueOf(rs.getString(1)) : "";
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
    } catch (IOException ignored) {
      // best effort: the refusal matters more than the cleanup
    }
  }
}
