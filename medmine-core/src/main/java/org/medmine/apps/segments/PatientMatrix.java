package org.medmine.apps.segments;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.medmine.mining.anomaly.RobustZ;
import org.medmine.warehouse.WarehouseException;

/**
 * Patient feature vectors read from the warehouse. Columns: age (at death or at the warehouse's last
 * encounter), female (0/1), encounters per year of record, emergency and inpatient encounters per year, cost
 * per year (the amount billed on the patient's claims; the three on a log1p scale), the latest BMI, systolic
 * blood pressure and HbA1c (missing values are the median), then one 0/1 indicator per common disorder
 * (SNOMED "(disorder)" conditions of at least {@code minPrevalence} of patients, at most
 * {@code maxConditions} of them, most prevalent first).
 *
 * @param patientIds the patients, one per row ("source/id")
 * @param columns the column names
 * @param categorical which columns are categorical (sex and the indicators) for Gower's distance
 * @param values the matrix, unstandardized
 * @param conditions every patient's disorder codes (for profiles), by row
 * @param displays disorder code → display
 */
public record PatientMatrix(
    List<String> patientIds, List<String> columns, boolean[] categorical, double[][] values,
    List<Set<String>> conditions, Map<String, String> displays) {

  /** The index of the first condition indicator column. */
  public static final int FIRST_CONDITION = 8;

  private static final String PATIENTS = """
      WITH ref AS (SELECT max(COALESCE(end_time, start_time)) AS t FROM encounter),
      enc AS (
        SELECT source, patient_id, count(*) AS n,
               sum(CASE WHEN class_code IN ('EMER', 'IMP', 'ACUTE') THEN 1 ELSE 0 END) AS acute,
               min(start_time) AS first
        FROM encounter GROUP BY source, patient_id),
      billed AS (
        SELECT source, patient_id, sum(CAST(COALESCE(total, 0) AS DOUBLE)) AS cost
        FROM claim WHERE kind = 'claim' GROUP BY source, patient_id),
      labs AS (
        SELECT source, patient_id,
               arg_max(value_number, effective_time) FILTER (WHERE code = '39156-5') AS bmi,
               arg_max(value_number, effective_time) FILTER (WHERE code = '8480-6') AS sbp,
               arg_max(value_number, effective_time) FILTER (WHERE code = '4548-4') AS hba1c
        FROM observation WHERE code IN ('39156-5', '8480-6', '4548-4') AND value_number IS NOT NULL
        GROUP BY source, patient_id)
      SELECT p.source || '/' || p.id AS pid, p.sex,
             date_diff('day', p.birth_date, CAST(COALESCE(p.death_time, ref.t) AS DATE)) / 365.25 AS age,
             greatest(1.0, date_diff('day', CAST(COALESCE(e.first, ref.t) AS DATE), CAST(COALESCE(p.death_time, ref.t) AS DATE)) / 365.25) AS years,
             COALESCE(e.n, 0) AS n, COALESCE(e.acute, 0) AS acute, COALESCE(b.cost, 0) AS cost, l.bmi, l.sbp, l.hba1c
      FROM patient p CROSS JOIN ref
      LEFT JOIN enc e ON e.source = p.source AND e.patient_id = p.id
      LEFT JOIN labs l ON l.source = p.source AND l.patient_id = p.id
      LEFT JOIN billed b ON b.source = p.source AND b.patient_id = p.id
      WHERE p.birth_date IS NOT NULL
      ORDER BY pid
      """;

  private static final String CONDITIONS = """
      SELECT DISTINCT source || '/' || patient_id AS pid, code, code_display FROM condition
      WHERE code IS NOT NULL AND code_display LIKE '%(disorder)' ORDER BY pid, code
      """;

  /** Reads the matrix. */
  public static PatientMatrix read(Connection warehouse, double minPrevalence, int maxConditions) {
    List<String> ids = new ArrayList<>();
    List<double[]> base = new ArrayList<>();
    Map<String, Set<String>> conds = new HashMap<>();
    Map<String, String> displays = new LinkedHashMap<>();
    try (Statement st = warehouse.createStatement()) {
      try (ResultSet rs = st.executeQuery(PATIENTS)) {
        while (rs.next()) {
          ids.add(rs.getString("pid"));
          double years = rs.getDouble("years");
          base.add(new double[] {
            rs.getDouble("age"), "female".equals(rs.getString("sex")) ? 1 : 0,
            Math.log1p(rs.getDouble("n") / years), Math.log1p(rs.getDouble("acute") / years),
            Math.log1p(rs.getDouble("cost") / years), number(rs, "bmi"), number(rs, "sbp"), number(rs, "hba1c")});
        }
      }
      try (ResultSet rs = st.executeQuery(CONDITIONS)) {
        while (rs.next()) {
          conds.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
          displays.putIfAbsent(rs.getString(2), rs.getString(3));
        }
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not read the patient features", e);
    }
    List<Set<String>> perRow = ids.stream().map(id -> conds.getOrDefault(id, Set.of())).toList();
    Map<String, Integer> prevalence = new HashMap<>();
    perRow.forEach(s -> s.forEach(c -> prevalence.merge(c, 1, Integer::sum)));
    List<String> chosen = prevalence.entrySet().stream()
        .filter(e -> e.getValue() >= minPrevalence * ids.size())
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(maxConditions).map(Map.Entry::getKey).toList();
    List<String> columns = new ArrayList<>(List.of("age", "female", "log encounters/yr", "log acute encounters/yr",
        "log cost/yr", "BMI", "systolic BP", "HbA1c"));
    chosen.forEach(c -> columns.add(displays.get(c)));
    boolean[] categorical = new boolean[columns.size()];
    categorical[1] = true;
    for (int j = FIRST_CONDITION; j < columns.size(); j++) {
      categorical[j] = true;
    }
    double[][] x = new double[ids.size()][columns.size()];
    for (int i = 0; i < ids.size(); i++) {
      System.arraycopy(base.get(i), 0, x[i], 0, FIRST_CONDITION);
      for (int j = 0; j < chosen.size(); j++) {
        x[i][FIRST_CONDITION + j] = perRow.get(i).contains(chosen.get(j)) ? 1 : 0;
      }
    }
    imputeMedians(x, 5, 8);
    return new PatientMatrix(ids, columns, categorical, x, perRow, displays);
  }

  private static double number(ResultSet rs, String column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : v;
  }

  /** Replaces NaN in columns [from, to) by the column's median (0 when the column is all missing). */
  static void imputeMedians(double[][] x, int from, int to) {
    for (int j = from; j < to; j++) {
      final int col = j;
      double[] known = java.util.Arrays.stream(x).mapToDouble(r -> r[col]).filter(v -> !Double.isNaN(v)).toArray();
      double median = known.length == 0 ? 0 : RobustZ.median(known);
      for (double[] row : x) {
        if (Double.isNaN(row[j])) {
          row[j] = median;
        }
      }
    }
  }
}
