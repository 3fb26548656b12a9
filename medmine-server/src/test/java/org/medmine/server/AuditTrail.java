package org.medmine.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The audit log of a served warehouse, read the way an auditor would: actor|role|action|detail. */
final class AuditTrail {
  private AuditTrail() {}

  static List<String> entries(Path warehouse) throws Exception {
    List<String> entries = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT actor, role, action, detail FROM audit_log ORDER BY seq")) {
      while (rs.next()) {
        entries.add(
            rs.getString(1)
                + "|"
                + rs.getString(2)
                + "|"
                + rs.getString(3)
                + "|"
                + rs.getString(4));
      }
    }
    return entries;
  }

  /** The entries written since {@code before} was read. */
  static List<String> since(Path warehouse, List<String> before) throws Exception {
    List<String> after = entries(warehouse);
    return after.subList(before.size(), after.size());
  }
}
