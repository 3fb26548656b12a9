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
import org.medmine.cohort.CodeSet;
import org.medmine.mining.anomaly.RobustZ;
import org.medmine.mining.cluster.Standardizer;
import org.medmine.model.SnomedSemanticTag;
import org.medmine.warehouse.WarehouseException;

/**
 * Patient feature vectors read from the warehouse, in the SQL DuckDB and Spark share. Columns: age
 * (fractional years lived, at death or at the warehouse's last encounter: a smooth feature for
 * distances, not the age in completed years of {@link org.medmine.cohort.Age}), female (0/1),
 * encounters per year of record, emergency and inpatient encounters per year, cost per year (the
 * amount billed on the patient's claims; the three on a log1p scale), the latest BMI, systolic
 * blood pressure and HbA1c (missing values are the median), race and ethnicity (categories, coded
 * as the index of the patient's value in {@code levels}; a missing value is the category
 * "unknown"), then one 0/1 indicator per common disorder (conditions that are not SNOMED CT
 * findings or situations, {@link SnomedSemanticTag}, of at least {@code minPrevalence} of patients,
 * at most {@code maxConditions} of them, most prevalent first).
 *
 * <p>The codes of a categorical column are labels, not quantities: Gower's distance compares them
 * for equality only, and {@link #euclidean()} expands race and ethnicity into one indicator per
 * category for the methods that measure Euclidean distance.
 *
 * @param patientIds the patients, one per row ("source/id")
 * @param columns the column names
 * @param categorical which columns are categorical (sex, race, ethnicity and the indicators) for
 *     Gower's distance
 * @param levels for sex, race and ethnicity, the category of each code (code = index); empty for
 *     the others
 * @param values the matrix, unstandardized
 * @param conditions every patient's disorder codes (for profiles), by row
 * @param displays disorder code → display
 */
public record PatientMatrix(
    List<String> patientIds,
    List<String> columns,
    boolean[] categorical,
    List<List<String>> levels,
    double[][] values,
    List<Set<String>> conditions,
    Map<String, String> displays) {

  /**
   * The sex column (1 female; 0 male, the only other sex Synthea and FHIR's gender codes give
   * here).
   */
  public static final int SEX = 1;

  /** The race column (a category code). */
  public static final int RACE = 8;

  /** The ethnicity column (a category code). */
  public static final int ETHNICITY = 9;

  /** The demographic category columns, in the order profiles list them. */
  public static final List<Integer> DEMOGRAPHICS = List.of(SEX, RACE, ETHNICITY);

  /** The index of the first condition indicator column. */
  public static final int FIRST_CONDITION = 10;

  /** The LOINC tests of the matrix: body mass index, systolic blood pressure, hemoglobin A1c. */
  private static final CodeSet LABS = CodeSet.of(null, List.of("39156-5", "8480-6", "4548-4"));

  private static final String PATIENTS =
      """
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
               max_by(value_number, effective_time) FILTER (WHERE code = '39156-5') AS bmi,
               max_by(value_number, effective_time) FILTER (WHERE code = '8480-6') AS sbp,
               max_by(value_number, effective_time) FILTER (WHERE code = '4548-4') AS hba1c
        FROM observation WHERE %s AND value_number IS NOT NULL
        GROUP BY source, patient_id)
      SELECT p.source || '/' || p.id AS pid, p.sex,
             COALESCE(p.race, 'unknown') AS race, COALESCE(p.ethnicity, 'unknown') AS ethnicity,
             mm_days_between(p.birth_date, COALESCE(p.death_time, ref.t)) / 365.25 AS fractional_age_years,
             greatest(1.0, mm_days_between(COALESCE(e.first, ref.t), COALESCE(p.death_time, ref.t)) / 365.25) AS years,
             COALESCE(e.n, 0) AS n, COALESCE(e.acute, 0) AS acute, COALESCE(b.cost, 0) AS cost, l.bmi, l.sbp, l.hba1c
      FROM patient p CROSS JOIN ref
      LEFT JOIN enc e ON e.source = p.source AND e.patient_id = p.id
      LEFT JOIN labs l ON l.source = p.source AND l.patient_id = p.id
      LEFT JOIN billed b ON b.source = p.source AND b.patient_id = p.id
      WHERE p.birth_date IS NOT NULL
      ORDER BY pid
      """
          .formatted(LABS.sql("code", null));

  /**
   * A patient's disorders: conditions that are not SNOMED CT findings or situations ({@link
   * SnomedSemanticTag}).
   */
  private static final String CONDITIONS =
      "SELECT DISTINCT source || '/' || patient_id AS pid, code, code_display"
          + " FROM condition WHERE code IS NOT NULL AND "
          + SnomedSemanticTag.notFindingSql("code_display")
          + " ORDER BY pid, code";

  /** The rows of {@link #PATIENTS}: ids, the numeric columns before race, race and ethnicity. */
  private record Patients(
      List<String> ids, List<double[]> base, List<String> races, List<String> ethnicities) {}

  /** Every patient's disorder codes, and each code's display. */
  private record Disorders(Map<String, Set<String>> byPatient, Map<String, String> displays) {}

  /** Reads the matrix. */
  public static PatientMatrix read(Connection warehouse, double minPrevalence, int maxConditions) {
    Patients p;
    Disorders d;
    try (Statement st = warehouse.createStatement()) {
      p = patients(st);
      d = disorders(st);
    } catch (SQLException e) {
      throw new WarehouseException("could not read the patient features", e);
    }
    List<Set<String>> perRow =
        p.ids().stream().map(id -> d.byPatient().getOrDefault(id, Set.of())).toList();
    List<String> chosen = commonDisorders(perRow, minPrevalence * p.ids().size(), maxConditions);
    List<String> columns =
        new ArrayList<>(
            List.of(
                "age",
                "female",
                "log encounters/yr",
                "log acute encounters/yr",
                "log cost/yr",
                "BMI",
                "systolic BP",
                "HbA1c",
                "race",
                "ethnicity"));
    chosen.forEach(c -> columns.add(d.displays().get(c)));
    boolean[] categorical = new boolean[columns.size()];
    for (int j : DEMOGRAPHICS) {
      categorical[j] = true;
    }
    for (int j = FIRST_CONDITION; j < columns.size(); j++) {
      categorical[j] = true;
    }
    List<String> raceLevels = List.copyOf(new TreeSet<>(p.races()));
    List<String> ethnicityLevels = List.copyOf(new TreeSet<>(p.ethnicities()));
    List<List<String>> levels =
        new ArrayList<>(java.util.Collections.nCopies(columns.size(), List.<String>of()));
    levels.set(SEX, List.of("male", "female"));
    levels.set(RACE, raceLevels);
    levels.set(ETHNICITY, ethnicityLevels);
    double[][] x = new double[p.ids().size()][columns.size()];
    for (int i = 0; i < x.length; i++) {
      System.arraycopy(p.base().get(i), 0, x[i], 0, RACE);
      x[i][RACE] = raceLevels.indexOf(p.races().get(i));
      x[i][ETHNICITY] = ethnicityLevels.indexOf(p.ethnicities().get(i));
      for (int j = 0; j < chosen.size(); j++) {
        x[i][FIRST_CONDITION + j] = perRow.get(i).contains(chosen.get(j)) ? 1 : 0;
      }
    }
    imputeMedians(x, 5, 8);
    return new PatientMatrix(
        p.ids(), columns, categorical, List.copyOf(levels), x, perRow, d.displays());
  }

  /**
   * The patients' numeric features: the age column is the fractional age in years (days lived /
   * 365.25, a smooth feature for distances, not the age in completed years that cohorts use, {@link
   * org.medmine.cohort.Age}).
   */
  private static Patients patients(Statement st) throws SQLException {
    Patients p =
        new Patients(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    try (ResultSet rs = st.executeQuery(PATIENTS)) {
      while (rs.next()) {
        p.ids().add(rs.getString("pid"));
        double years = rs.getDouble("years");
        p.base()
            .add(
                new double[] {
                  rs.getDouble("fractional_age_years"),
                  "female".equals(rs.getString("sex")) ? 1 : 0,
                  Math.log1p(rs.getDouble("n") / years),
                  Math.log1p(rs.getDouble("acute") / years),
                  Math.log1p(rs.getDouble("cost") / years),
                  number(rs, "bmi"),
                  number(rs, "sbp"),
                  number(rs, "hba1c")
                });
        p.races().add(rs.getString("race"));
        p.ethnicities().add(rs.getString("ethnicity"));
      }
    }
    return p;
  }

  private static Disorders disorders(Statement st) throws SQLException {
    Disorders d = new Disorders(new HashMap<>(), new LinkedHashMap<>());
    try (ResultSet rs = st.executeQuery(CONDITIONS)) {
      while (rs.next()) {
        d.byPatient().computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
        d.displays()
            .putIfAbsent(
                rs.getString(2),
                java.util.Objects.requireNonNullElse(rs.getString(3), rs.getString(2)));
      }
    }
    return d;
  }

  /**
   * The disorders of at least {@code minPatients} patients, most prevalent first (then by code), at
   * most {@code max}.
   */
  private static List<String> commonDisorders(
      List<Set<String>> perRow, double minPatients, int max) {
    Map<String, Integer> prevalence = new HashMap<>();
    perRow.forEach(s -> s.forEach(c -> prevalence.merge(c, 1, Integer::sum)));
    return prevalence.entrySet().stream()
        .filter(e -> e.getValue() >= minPatients)
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(max)
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * The matrix for Euclidean methods (k-means, DBSCAN): every column standardized, except that each
   * categorical column of more than two categories (race, ethnicity when it has an "unknown")
   * becomes one indicator per category scaled by 1/√2, so that two different categories are one
   * unit apart (a standard deviation of a numeric column) and no category code is read as a
   * quantity.
   */
  public double[][] euclidean() {
    List<Integer> numeric = new ArrayList<>();
    for (int j = 0; j < columns.size(); j++) {
      if (levels.get(j).size() <= 2) {
        numeric.add(j);
      }
    }
    double[][] picked = new double[values.length][numeric.size()];
    for (int i = 0; i < values.length; i++) {
      for (int f = 0; f < numeric.size(); f++) {
        picked[i][f] = values[i][numeric.get(f)];
      }
    }
    double[][] z = Standardizer.fit(picked).transform(picked);
    int width = numeric.size();
    for (List<String> l : levels) {
      width += l.size() > 2 ? l.size() : 0;
    }
    double[][] out = new double[values.length][width];
    double scale = 1 / Math.sqrt(2);
    for (int i = 0; i < values.length; i++) {
      System.arraycopy(z[i], 0, out[i], 0, numeric.size());
      int at = numeric.size();
      for (int j = 0; j < columns.size(); j++) {
        if (levels.get(j).size() > 2) {
          out[i][at + (int) values[i][j]] = scale;
          at += levels.get(j).size();
        }
      }
    }
    return out;
  }

  /**
   * The category of row {@code i} in categorical column {@code column} (one of {@link
   * #DEMOGRAPHICS}).
   */
  public String category(int i, int column) {
    return levels.get(column).get((int) values[i][column]);
  }

  private static double number(ResultSet rs, String column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : v;
  }

  /**
   * Replaces NaN in columns [from, to) by the column's median (0 when the column is all missing).
   */
  static void imputeMedians(double[][] x, int from, int to) {
    for (int j = from; j < to; j++) {
      final int col = j;
      double[] known =
          java.util.Arrays.stream(x)
              .mapToDouble(r -> r[col])
              .filter(v -> !Double.isNaN(v))
              .toArray();
      double median = known.length == 0 ? 0 : RobustZ.median(known);
      for (double[] row : x) {
        if (Double.isNaN(row[j])) {
          row[j] = median;
        }
      }
    }
  }
}
