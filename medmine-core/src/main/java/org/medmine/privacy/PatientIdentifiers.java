package org.medmine.privacy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the identifying values of every patient of a warehouse, for the scrubber and the leak scan.
 */
public final class PatientIdentifiers {
  private PatientIdentifiers() {}

  /** Known identifiers by {@code source + '\0' + patient id}. */
  public static Map<String, KnownIdentifiers> read(Connection c) throws SQLException {
    Map<String, KnownIdentifiers> out = new HashMap<>();
    String sql =
        "SELECT source, id, given_name, family_name, maiden_name, ssn, mrn, drivers_license, passport,"
            + " address_line, city, postal_code, phone, email FROM patient";
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        KnownIdentifiers k =
            new KnownIdentifiers()
                .add(PhiType.NAME, rs.getString(3))
                .add(PhiType.NAME, rs.getString(4))
                .add(PhiType.NAME, rs.getString(5))
                .add(PhiType.SSN, rs.getString(6))
                .add(PhiType.ID, rs.getString(7))
                .add(PhiType.ID, rs.getString(8))
                .add(PhiType.ID, rs.getString(9))
                .add(PhiType.ID, rs.getString(2))
                .add(PhiType.ADDRESS, rs.getString(10))
                .add(PhiType.CITY, rs.getString(11))
                .add(PhiType.ZIP, rs.getString(12))
                .add(PhiType.PHONE, rs.getString(13))
                .add(PhiType.EMAIL, rs.getString(14));
        out.put(rs.getString(1) + "\u0000" + rs.getString(2), k);
      }
    }
    return out;
  }
}
