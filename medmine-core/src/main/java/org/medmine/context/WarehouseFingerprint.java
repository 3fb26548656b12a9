package org.medmine.context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.medmine.warehouse.WarehouseException;

/**
 * A digest of a warehouse's content that is cheap to take whatever its size: the rows of each of
 * its tables (DuckDB keeps the counts) and the ids of its ingest runs, in name order, hashed with
 * SHA-256. Two runs with the same fingerprint read the same loads; it is not a hash of every value
 * (that would read the whole warehouse).
 */
final class WarehouseFingerprint {
  private WarehouseFingerprint() {}

  /**
   * The fingerprint of the warehouse {@code c} reads by default, leaving out the {@code exempt}
   * tables.
   */
  static String of(Connection c, Set<String> exempt) {
    try (Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"
                  + " AND schema_name = 'main' ORDER BY table_name")) {
        while (rs.next()) {
          if (!exempt.contains(rs.getString(1))) {
            tables.add(rs.getString(1));
          }
        }
      }
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String t : tables) {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM main." + t)) {
          rs.next();
          md.update((t + '=' + rs.getLong(1) + '\n').getBytes(StandardCharsets.UTF_8));
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT run_id FROM main.ingest_run ORDER BY run_id")) {
        while (rs.next()) {
          md.update(("run=" + rs.getString(1) + '\n').getBytes(StandardCharsets.UTF_8));
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (SQLException e) {
      throw new WarehouseException("could not fingerprint the warehouse", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
