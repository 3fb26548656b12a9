package org.medmine.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.medmine.warehouse.EncryptedWarehouses;

/**
 * TEST FIXTURES ONLY: an encrypted copy of a plain warehouse, written with DuckDB's insecure
 * built-in (mbedtls) writer. DuckDB 2.0 writes encrypted databases securely only with OpenSSL from
 * its httpfs extension, which our machines cannot download; without it DuckDB refuses to write an
 * encrypted file unless {@code SET force_mbedtls_unsafe = true}, which DuckDB itself declares NOT
 * securely encrypted (its nonces come from a non-cryptographic random engine). That is acceptable
 * for a throw-away test file holding synthetic Synthea data, and nowhere else: product code must
 * never set it (EncryptedWarehouses refuses instead). The file is a real DuckDB AES-256-GCM
 * database, so reading it exercises exactly the path a securely written one takes.
 */
public final class InsecureEncryptedWarehouse {
  private InsecureEncryptedWarehouse() {}

  /**
   * A warehouse key whose writes go through DuckDB's insecure built-in writer instead of OpenSSL
   * from httpfs, so that tests run every step of writing an encrypted warehouse (create, migrate,
   * ingest, results, audit entries) on machines without httpfs. Test fixtures only, for the reason
   * above.
   */
  public static EncryptedWarehouses.Key key(String secret) {
    return new EncryptedWarehouses.Key(
        secret, null, (s, what) -> s.execute("SET force_mbedtls_unsafe = true"));
  }

  /**
   * Writes {@code target} (which must not exist) as an encrypted copy of the plain warehouse {@code
   * plain}.
   */
  public static Path copy(Path plain, Path target, String key) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET autoinstall_known_extensions = false");
      s.execute("SET autoload_known_extensions = false");
      // insecure writer: test fixture only (see the class comment); this in-memory DuckDB instance
      // dies with c
      s.execute("SET force_mbedtls_unsafe = true");
      s.execute("ATTACH '" + plain.toAbsolutePath() + "' AS src (READ_ONLY)");
      s.execute(
          "ATTACH '"
              + target.toAbsolutePath()
              + "' AS dst (ENCRYPTION_KEY '"
              + key
              + "', ENCRYPTION_CIPHER 'GCM')");
      s.execute("COPY FROM DATABASE src TO dst");
      s.execute("DETACH dst");
      s.execute("DETACH src");
    } catch (SQLException e) {
      throw new IllegalStateException("could not write the encrypted test fixture " + target, e);
    }
    return target;
  }
}
