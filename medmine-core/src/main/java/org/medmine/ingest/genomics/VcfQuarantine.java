package org.medmine.ingest.genomics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.medmine.warehouse.WarehouseException;

/**
 * The VCF lines {@link VcfReader} refused, in the warehouse's {@code quarantine} table (file, line,
 * reason, raw text; resource type {@code VCF}) when results are stored for a patient. Storing the
 * same file again replaces its entries, so a repeated run adds nothing.
 */
public final class VcfQuarantine {
  /** The resource type quarantine entries of VCF lines carry. */
  public static final String RESOURCE_TYPE = "VCF";

  private VcfQuarantine() {}

  /** Replaces the entries of {@code file} under {@code source} with {@code problems}. */
  public static int write(Connection c, String source, String file, List<VcfProblem> problems) {
    try {
      try (PreparedStatement d =
          c.prepareStatement(
              "DELETE FROM quarantine WHERE source = ? AND file = ? AND resource_type = ?")) {
        d.setString(1, source);
        d.setString(2, file);
        d.setString(3, RESOURCE_TYPE);
        d.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO quarantine (source, run_id, file, position, position_kind,"
                  + " resource_type, resource_id, reason, raw_text)"
                  + " VALUES (?, NULL, ?, ?, 'line', ?, NULL, ?, ?)")) {
        for (VcfProblem p : problems) {
          s.setString(1, source);
          s.setString(2, file);
          s.setLong(3, p.line());
          s.setString(4, RESOURCE_TYPE);
          s.setString(5, p.reason());
          s.setString(6, p.raw());
          s.addBatch();
        }
        s.executeBatch();
      }
      return problems.size();
    } catch (SQLException e) {
      throw new WarehouseException("could not quarantine the refused VCF lines", e);
    }
  }
}
