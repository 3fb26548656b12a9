package org.medmine.apps.nlp;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.medmine.mining.nlp.ScreeningInstrument;
import org.medmine.mining.nlp.ScreeningScore;
import org.medmine.warehouse.WarehouseException;

/**
 * What {@link NlpApp} reads from the warehouse besides the notes and the coded concepts ({@link
 * org.medmine.context.WarehouseConcepts}), through the consent views: the total scores of the
 * screening instruments ({@link ScreeningInstrument}: PHQ-9, PHQ-A, PHQ-2, GAD-7, by LOINC code).
 */
public final class WarehouseInputs {
  /** The screening scores by (source, patient), and how many values no instrument can total. */
  record Scores(Map<List<String>, List<ScreeningScore>> byPatient, long invalid) {}

  private WarehouseInputs() {}

  /**
   * The screening totals of every patient; a value outside its instrument's range (not a total) is
   * counted, not used.
   */
  static Scores scores(Connection c) {
    String codes =
        java.util.Arrays.stream(ScreeningInstrument.values())
            .map(i -> "'" + i.loinc() + "'")
            .collect(Collectors.joining(", "));
    Map<List<String>, List<ScreeningScore>> out = new HashMap<>();
    long invalid = 0;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT source, patient_id, code, CAST(effective_time AS DATE), value_number"
                    + " FROM observation WHERE code_system = 'http://loinc.org' AND code IN ("
                    + codes
                    + ") AND value_number IS NOT NULL AND effective_time IS NOT NULL")) {
      while (rs.next()) {
        Optional<ScreeningInstrument> i = ScreeningInstrument.ofLoinc(rs.getString(3));
        try {
          ScreeningScore score =
              new ScreeningScore(i.orElseThrow(), rs.getDate(4).toLocalDate(), rs.getDouble(5));
          out.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new ArrayList<>())
              .add(score);
        } catch (IllegalArgumentException e) {
          invalid++;
        }
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not read the screening scores", e);
    }
    return new Scores(out, invalid);
  }
}
