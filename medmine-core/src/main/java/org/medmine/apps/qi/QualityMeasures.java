package org.medmine.apps.qi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.medmine.cohort.Inpatient;
import org.medmine.warehouse.WarehouseException;

/**
 * Monthly quality measures for control charts, one value per calendar month from {@code from} to
 * {@code to}:
 *
 * <ul>
 *   <li>30-day readmissions (p-chart): inpatient discharges in the month (denominator) followed by
 *       another inpatient admission of the same patient within 30 days (numerator), as CMS's
 *       all-cause measure counts them, without its exclusions;
 *   <li>emergency visits per 1,000 patients (u-chart): EMER encounters in the month over thousands
 *       of patients alive at its start;
 *   <li>length of stay (XmR): mean days of the inpatient stays discharged in the month (months
 *       without discharges are left out of the chart).
 * </ul>
 *
 * <p>Inpatient is {@link Inpatient}'s definition. The SQL keeps to what DuckDB and Spark SQL share:
 * a readmission is found by a join rather than a correlated subquery inside an aggregate, which
 * Spark does not run.
 */
public final class QualityMeasures {

  /**
   * A monthly measure.
   *
   * @param name what it measures
   * @param months first day of each month
   * @param numerator events per month (or the value itself, for XmR)
   * @param denominator subgroup size per month (cases, or thousands of patients; 1 for XmR)
   */
  public record Measure(
      String name, List<LocalDate> months, double[] numerator, double[] denominator) {}

  private QualityMeasures() {}

  public static Measure readmissions(Connection w, LocalDate from, LocalDate to) {
    String sql =
        "WITH d AS (SELECT a.source, a.patient_id, a.id, a.end_time FROM encounter a WHERE "
            + Inpatient.sql("a")
            + " AND a.end_time IS NOT NULL AND a.end_time >= ? AND a.end_time < ?),"
            + " r AS (SELECT DISTINCT d.source, d.id FROM d JOIN encounter b ON b.source = d.source"
            + " AND b.patient_id = d.patient_id AND b.id <> d.id AND "
            + Inpatient.sql("b")
            + " AND b.start_time >= d.end_time AND b.start_time <= d.end_time + INTERVAL 30 DAY)"
            + " SELECT CAST(date_trunc('month', d.end_time) AS DATE) AS m, count(*), count(r.id)"
            + " FROM d LEFT JOIN r ON r.source = d.source AND r.id = d.id GROUP BY 1";
    double[][] v = monthly(w, sql, from, to, 2);
    return new Measure("30-day readmission rate", months(from, to), v[1], v[0]);
  }

  public static Measure emergencyVisitsPer1000(Connection w, LocalDate from, LocalDate to) {
    String sql =
        "SELECT CAST(date_trunc('month', start_time) AS DATE), count(*) FROM encounter"
            + " WHERE class_code = 'EMER' AND start_time >= ? AND start_time < ? GROUP BY 1";
    double[][] v = monthly(w, sql, from, to, 1);
    List<LocalDate> months = months(from, to);
    double[] thousands = new double[months.size()];
    String alive =
        "SELECT count(*) FROM patient WHERE birth_date <= ? AND (death_time IS NULL OR death_time > ?)";
    try (PreparedStatement s = w.prepareStatement(alive)) {
      for (int i = 0; i < thousands.length; i++) {
        s.setObject(1, months.get(i));
        s.setObject(2, months.get(i).atStartOfDay());
        try (ResultSet r = s.executeQuery()) {
          r.next();
          thousands[i] = r.getLong(1) / 1000.0;
        }
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not count the population", e);
    }
    return new Measure("emergency visits per 1,000 patients", months, v[0], thousands);
  }

  public static Measure lengthOfStay(Connection w, LocalDate from, LocalDate to) {
    String sql =
        "SELECT CAST(date_trunc('month', end_time) AS DATE), avg(mm_hours_between(start_time, end_time)) / 24.0,"
            + " count(*) FROM encounter WHERE "
            + Inpatient.sql("")
            + " AND start_time IS NOT NULL AND end_time >= ?"
            + " AND end_time < ? GROUP BY 1";
    double[][] v = monthly(w, sql, from, to, 2);
    List<LocalDate> months = new ArrayList<>();
    List<Double> los = new ArrayList<>();
    List<LocalDate> all = months(from, to);
    for (int i = 0; i < all.size(); i++) {
      if (v[1][i] > 0) {
        months.add(all.get(i));
        los.add(v[0][i]);
      }
    }
    double[] ones = new double[los.size()];
    java.util.Arrays.fill(ones, 1);
    return new Measure(
        "mean length of stay (days)",
        months,
        los.stream().mapToDouble(Double::doubleValue).toArray(),
        ones);
  }

  static List<LocalDate> months(LocalDate from, LocalDate to) {
    List<LocalDate> m = new ArrayList<>();
    for (LocalDate d = from.withDayOfMonth(1); !d.isAfter(to); d = d.plusMonths(1)) {
      m.add(d);
    }
    return m;
  }

  private static double[][] monthly(
      Connection w, String sql, LocalDate from, LocalDate to, int columns) {
    LocalDate start = from.withDayOfMonth(1);
    int n = months(from, to).size();
    double[][] out = new double[columns][n];
    try (PreparedStatement s = w.prepareStatement(sql)) {
      s.setObject(1, start.atStartOfDay());
      s.setObject(2, start.plusMonths(n).atStartOfDay());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          int i = (int) ChronoUnit.MONTHS.between(start, r.getObject(1, LocalDate.class));
          for (int c = 0; c < columns; c++) {
            out[c][i] = r.getDouble(c + 2);
          }
        }
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not compute a monthly measure", e);
    }
    return out;
  }
}
