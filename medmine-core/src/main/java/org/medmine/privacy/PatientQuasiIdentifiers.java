package org.medmine.privacy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The usual quasi-identifiers of a patient (birth year, sex, ZIP3, race, ethnicity) read from a
 * warehouse's {@code patient} table, with their generalization hierarchies, for {@link
 * ReidentificationRisk}.
 */
public final class PatientQuasiIdentifiers {
  /** The quasi-identifiers that can be chosen, in this order, with their hierarchies. */
  public static final Map<String, ReidentificationRisk.Hierarchy> AVAILABLE = available();

  private static final Map<String, String> SQL =
      Map.of(
          "birth_year", "CAST(year(birth_date) AS STRING)",
          "sex", "sex",
          "zip3", "substr(mm_regexp_replace_all(postal_code, '[^0-9]', ''), 1, 3)",
          "race", "race",
          "ethnicity", "ethnicity");

  private PatientQuasiIdentifiers() {}

  private static Map<String, ReidentificationRisk.Hierarchy> available() {
    Map<String, ReidentificationRisk.Hierarchy> m = new LinkedHashMap<>();
    m.put("birth_year", ReidentificationRisk.Hierarchy.years());
    m.put("sex", ReidentificationRisk.Hierarchy.flat());
    m.put("zip3", ReidentificationRisk.Hierarchy.zip3());
    m.put("race", ReidentificationRisk.Hierarchy.flat());
    m.put("ethnicity", ReidentificationRisk.Hierarchy.flat());
    return m;
  }

  /**
   * One row per patient: the values of {@code chosen} (names from {@link #AVAILABLE}), read through
   * {@code c}, a session in which medmine's named SQL functions are defined (an analysis context's
   * connection).
   */
  public static List<List<String>> read(Connection c, List<String> chosen) throws SQLException {
    String cols =
        String.join(
            ", ",
            chosen.stream()
                .map(
                    q -> {
                      String expr = SQL.get(q);
                      if (expr == null) {
                        throw new org.medmine.model.MedmineUserException(
                            "Unknown quasi-identifier '"
                                + q
                                + "': choose among "
                                + AVAILABLE.keySet()
                                + ".");
                      }
                      return expr;
                    })
                .toList());
    List<List<String>> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT " + cols + " FROM patient")) {
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= chosen.size(); i++) {
          row.add(rs.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
