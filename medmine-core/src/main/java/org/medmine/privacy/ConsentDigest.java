package org.medmine.privacy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What consent denies now, in a few characters: the number of patients whose consent denies
 * secondary use ({@link AccessLayer}'s rule) and a sum of their hashes. Two reads with the same
 * digest (almost surely) exclude the same patients, so a result computed through the consent views
 * may be reused while the digest and the warehouse stay the same; it changes when a consent is
 * loaded or one starts or ends.
 */
public final class ConsentDigest {
  private ConsentDigest() {}

  /** The digest of the warehouse attached as {@code wh} to the database of {@code c}. */
  public static String of(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*), coalesce(sum(hash(source, patient_id)), 0) FROM"
                    + " (SELECT DISTINCT source, patient_id FROM wh.main.consent WHERE "
                    + AccessLayer.DENYING_CONSENT
                    + ")")) {
      rs.next();
      return rs.getLong(1) + ":" + rs.getString(2);
    }
  }
}
