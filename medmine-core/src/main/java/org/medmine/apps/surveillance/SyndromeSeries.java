package org.medmine.apps.surveillance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.medmine.cohort.DataEnd;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.Granularity;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.WarehouseException;

/**
 * Counts, per period and region, the distinct patients with an event of a syndrome (a condition
 * onset or an observation with one of its codes), and the population at risk: patients of the
 * region (and age band) born before and alive at the start of the period.
 */
public final class SyndromeSeries {
  private SyndromeSeries() {}

  /** The patients ("source/id") with an event, per period start, per region. */
  private record Cases(Map<String, Map<LocalDate, Set<String>>> byRegion) {
    LocalDate first() {
      return byRegion.values().stream()
          .flatMap(m -> m.keySet().stream())
          .min(LocalDate::compareTo)
          .orElseThrow();
    }

    LocalDate last() {
      return byRegion.values().stream()
          .flatMap(m -> m.keySet().stream())
          .max(LocalDate::compareTo)
          .orElseThrow();
    }
  }

  /** One series per region, regions sorted by name. */
  public static List<CountSeries> query(Connection w, SyndromeQuery q) {
    if (q.granularity() == Granularity.MONTH) {
      throw new MedmineUserException(
          "Surveillance series are daily or weekly: choose --granularity day or week.");
    }
    Cases cases = cases(w, q);
    if (cases.byRegion().isEmpty()) {
      throw new MedmineUserException(
          "No events with codes "
              + q.codes()
              + " in the warehouse"
              + ": check the codes (e.g. SNOMED CT 444814009) or the time window.");
    }
    LocalDate first = q.from() != null ? q.from() : cases.first();
    // Up to the end of the data, not the last case: weeks without cases after it are zeros, and
    // judged.
    LocalDate lastEvent = cases.last();
    LocalDate last =
        q.to() != null
            ? q.to()
            : DataEnd.lastEncounterDay(w).filter(d -> d.isAfter(lastEvent)).orElse(lastEvent);
    int[] age = q.ageBounds();
    Map<String, List<LocalDate[]>> lives = Population.lives(w, q.region().sql("p"), age);
    List<CountSeries> out = new ArrayList<>();
    for (var e : cases.byRegion().entrySet()) {
      Map<LocalDate, Double> counts = new HashMap<>();
      e.getValue().forEach((d, set) -> counts.put(d, (double) set.size()));
      CountSeries s =
          CountSeries.fromSparse(q.name(), e.getKey(), q.granularity(), counts, first, last);
      double[] pop = Population.atRisk(lives.getOrDefault(e.getKey(), List.of()), s, age);
      out.add(new CountSeries(s.name(), s.region(), s.granularity(), s.start(), s.counts(), pop));
    }
    return out;
  }

  /**
   * The SQL of the events: region, day, source, patient and birth date of every coded condition or
   * observation.
   */
  static String eventsSql(SyndromeQuery q) {
    String codeMatch =
        "("
            + String.join(
                " OR ", q.codeSets().stream().map(set -> set.sql("code", "code_system")).toList())
            + ")";
    return "WITH e AS ("
        + " SELECT source, patient_id, CAST(onset_time AS DATE) AS day FROM condition WHERE onset_time IS NOT NULL AND "
        + codeMatch
        + " UNION ALL SELECT source, patient_id, CAST(effective_time AS DATE) FROM observation WHERE effective_time IS NOT NULL AND "
        + codeMatch
        + ") SELECT "
        + q.region().sql("p")
        + " AS region, e.day, e.source, e.patient_id, p.birth_date"
        + " FROM e JOIN patient p ON p.source = e.source AND p.id = e.patient_id WHERE 1 = 1"
        + (q.from() != null ? " AND e.day >= ?" : "")
        + (q.to() != null ? " AND e.day <= ?" : "");
  }

  private static Cases cases(Connection w, SyndromeQuery q) {
    int[] age = q.ageBounds();
    Map<String, Map<LocalDate, Set<String>>> patients = new TreeMap<>();
    try (PreparedStatement s = w.prepareStatement(eventsSql(q))) {
      int i = 1;
      if (q.from() != null) {
        s.setObject(i++, q.from());
      }
      if (q.to() != null) {
        s.setObject(i++, q.to());
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          LocalDate day = r.getObject(2, LocalDate.class);
          LocalDate birth = r.getObject(5, LocalDate.class);
          if (age != null && (birth == null || !Population.inBand(birth, day, age))) {
            continue;
          }
          patients
              .computeIfAbsent(r.getString(1), k -> new HashMap<>())
              .computeIfAbsent(q.granularity().periodStart(day), k -> new TreeSet<>())
              .add(r.getString(3) + "/" + r.getString(4));
        }
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not count syndrome " + q.name(), e);
    }
    return new Cases(patients);
  }
}
