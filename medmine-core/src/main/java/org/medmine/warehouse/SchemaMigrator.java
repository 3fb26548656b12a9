package org.medmine.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the versioned schema files ({@code migration/V<n>__<name>.sql}) that a warehouse has not
 * seen yet, each in its own transaction, and records them in {@code schema_version}.
 */
final class SchemaMigrator {

  /** A schema change: its version, a short name, and the resource that holds its SQL. */
  record Migration(int version, String name) {
    String resource() {
      return "migration/V" + version + "__" + name + ".sql";
    }
  }

  /** Every schema change, applied in version order (whatever order branches append them in). */
  static final List<Migration> MIGRATIONS =
      java.util.stream.Stream.of(
              new Migration(1, "warehouse"),
              new Migration(2, "quality"),
              new Migration(4, "privacy"),
              new Migration(5, "mpi"),
              new Migration(6, "hl7v2"),
              new Migration(7, "nlp"),
              new Migration(8, "cohort"),
              new Migration(9, "wearables"))
          .sorted(java.util.Comparator.comparingInt(Migration::version))
          .toList();

  private final Connection connection;

  SchemaMigrator(Connection connection) {
    this.connection = connection;
  }

  static int latestVersion() {
    return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
  }

  int currentVersion() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'")) {
      rs.next();
      if (rs.getLong(1) == 0) {
        return 0;
      }
    }
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  void migrate() throws SQLException {
    int current = currentVersion();
    for (Migration m : MIGRATIONS) {
      if (m.version() <= current) {
        continue;
      }
      boolean auto = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (Statement s = connection.createStatement()) {
        s.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, name VARCHAR,"
                + " applied_at TIMESTAMP DEFAULT current_timestamp)");
        for (String sql : statements(read(m.resource()))) {
          s.execute(sql);
        }
        try (PreparedStatement p =
            connection.prepareStatement(
                "INSERT INTO schema_version (version, name) VALUES (?, ?)")) {
          p.setInt(1, m.version());
          p.setString(2, m.name());
          p.executeUpdate();
        }
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(auto);
      }
    }
  }

  private static String read(String resource) {
    try (InputStream in = SchemaMigrator.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing from the build: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Splits a schema file into statements: drops line comments, splits on semicolons at line ends.
   */
  static List<String> statements(String script) {
    StringBuilder clean = new StringBuilder();
    for (String line : script.split("\n")) {
      int comment = line.indexOf("--");
      clean.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
    }
    List<String> out = new ArrayList<>();
    for (String part : clean.toString().split(";\\s*\n")) {
      if (!part.isBlank()) {
        out.add(part.strip().replaceAll(";$", ""));
      }
    }
    return out;
  }
}
