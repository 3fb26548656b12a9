package org.medmine.apps.surveillance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medmine.cohort.Age;
import org.medmine.cohort.Alive;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.warehouse.WarehouseException;

/**
 * Population at risk per period: patients born and alive ({@link Alive}) at the start of the
 * period.
 */
final class Population {
  private Population() {}

  /** Birth and death dates (death null when alive) per region. */
  static Map<String, List<LocalDate[]>> lives(Connection w, String regionSql, int[] age) {
    Map<String, List<LocalDate[]>> out = new HashMap<>();
    String sql =
        "SELECT "
            + regionSql
            + ", p.birth_date, p.death_time FROM patient p WHERE p.birth_date IS NOT NULL";
    try (PreparedStatement s = w.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        Timestamp death = r.getTimestamp(3);
        out.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
            .add(
                new LocalDate[] {
                  r.getObject(2, LocalDate.class),
                  death == null ? null : death.toLocalDateTime().toLocalDate()
                });
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not read the population", e);
    }
    return out;
  }

  /**
   * Whether someone born on {@code birth} is within the age band on {@code day} (completed years,
   * {@link Age}).
   */
  static boolean inBand(LocalDate birth, LocalDate day, int[] age) {
    int years = Age.years(birth, day);
    return years >= age[0] && years <= age[1];
  }

  static double[] atRisk(List<LocalDate[]> lives, CountSeries s, int[] age) {
    double[] pop = new double[s.size()];
    for (int i = 0; i < pop.length; i++) {
      LocalDate d = s.date(i);
      int n = 0;
      for (LocalDate[] life : lives) {
        if (life[0].isAfter(d) || !Alive.at(life[1], d)) {
          continue;
        }
        if (age != null && !inBand(life[0], d, age)) {
          continue;
        }
        n++;
      }
      pop[i] = n;
    }
    return pop;
  }
}
