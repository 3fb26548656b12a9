package org.medmine.quality;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Normalizes observation values to the canonical UCUM unit of their LOINC code (e.g. weight [lb_av]
 * → kg, glucose mmol/L → mg/dL) into {@code observation_standard}, keeping the original value and
 * unit beside the converted ones; the observation rows themselves are never altered. The canonical
 * unit is the one of the code's plausible range where there is one, else the unit most rows of that
 * code already use. Conversions are computed once per distinct (code, unit) with {@link UcumUnits}
 * and applied in SQL.
 */
public final class UnitStandardizer {

  /** What a standardization run did: rows written, and how many were converted from each unit. */
  public record Summary(
      long rowsStandardized,
      long rowsConverted,
      Map<String, Long> convertedByUnit,
      List<String> unconvertible) {}

  private UnitStandardizer() {}

  public static Summary standardize(Connection c, List<PlausibleRange> ranges) throws SQLException {
    Map<String, PlausibleRange> canonical = new LinkedHashMap<>();
    ranges.forEach(r -> canonical.putIfAbsent(r.code(), r));
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM observation_standard");
      s.execute(
          "CREATE OR REPLACE TEMP TABLE unit_conversion (code VARCHAR, from_unit VARCHAR, to_unit VARCHAR, factor DOUBLE, \"offset\" DOUBLE)");
    }
    Map<String, Long> convertedByUnit = new LinkedHashMap<>();
    List<String> unconvertible = new java.util.ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "WITH u AS (SELECT code, value_unit, count(*) AS n FROM observation"
                    + " WHERE code_system = 'http://loinc.org' AND value_number IS NOT NULL AND value_unit IS NOT NULL GROUP BY ALL),"
                    + " top AS (SELECT code, value_unit AS usual FROM (SELECT *, row_number() OVER (PARTITION BY code ORDER BY n DESC, value_unit) AS rank"
                    + " FROM u) WHERE rank = 1)"
                    + " SELECT u.code, u.value_unit, u.n, top.usual FROM u JOIN top USING (code) ORDER BY 1, 2");
        PreparedStatement insert =
            c.prepareStatement("INSERT INTO unit_conversion VALUES (?, ?, ?, ?, ?)")) {
      while (rs.next()) {
        PlausibleRange r = canonical.get(rs.getString(1));
        String target = r != null ? r.unit() : rs.getString(4);
        String unit = rs.getString(2);
        Optional<UcumUnits.Conversion> conv =
            UcumUnits.toCanonical(unit, target, r != null ? r.molarMass() : null);
        if (conv.isEmpty()) {
          unconvertible.add(rs.getString(1) + " " + unit);
          continue;
        }
        insert.setString(1, rs.getString(1));
        insert.setString(2, unit);
        insert.setString(3, target);
        insert.setDouble(4, conv.get().factor());
        insert.setDouble(5, conv.get().offset());
        insert.addBatch();
        if (!unit.equals(target)) {
          convertedByUnit.merge(unit + " -> " + target, rs.getLong(3), Long::sum);
        }
      }
      insert.executeBatch();
    }
    long written;
    try (Statement s = c.createStatement()) {
      written =
          s.executeUpdate(
              "INSERT INTO observation_standard SELECT o.source, o.id, o.patient_id, o.code,"
                  + " o.value_number * u.factor + u.\"offset\", u.to_unit, o.value_number, o.value_unit"
                  + " FROM observation o JOIN unit_conversion u ON u.code = o.code AND u.from_unit = o.value_unit"
                  + " WHERE o.code_system = 'http://loinc.org' AND o.value_number IS NOT NULL");
    }
    long converted = convertedByUnit.values().stream().mapToLong(Long::longValue).sum();
    return new Summary(written, converted, convertedByUnit, unconvertible);
  }
}
