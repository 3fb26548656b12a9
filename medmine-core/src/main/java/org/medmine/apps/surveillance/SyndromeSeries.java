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
import java.util.TreeMap;
import java.util.TreeSet;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.Granularity;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.DataEnd;
import org.medmine.warehouse.WarehouseException;

/**
 * Counts, per period and region, the distinct patients with an event of a syndrome (a condition onset or an
 * observation with one of its codes), and the population at risk: patients of the region (and age band)
 * born before and alive at the start of the period.
 */
public final class SyndromeSeries {
  private SyndromeSeries() {}

  /** One series per region, regions sorted by name. */
  public static List<CountSeries> query(Connection w, SyndromeQuery q) {
    if (q.granularity() == Granularity.MONTH) {
      throw new MedmineUserException("Surveillance series are daily or weekly: choose --granularity day or week.");
    }
    int[] age = q.ageBounds();
    String marks = String.join(", ", java.util.Collections.nCopies(q.codes().size(), "?"));
    String codeMatch = "(code IN (" + marks + ") OR code_system || '|' || code IN (" + marks + "))";
    String sql = "WITH e AS ("
        + " SELECT source, patient_id, CAST(onset_time AS DATE) AS day FROM condition WHERE onset_time IS NOT NULL AND " + codeMatch
        + " UNION ALL SELECT source, patient_id, CAST(effective_time AS DATE) FROM observation WHERE effective_time IS NOT NULL AND " + codeMatch
        + ") SELECT " + q.region().sql + " AS region, e.day, e.source, e.patient_id, p.birth_date"
        + " FROM e JOIN patient p ON p.source = e.source AND p.id = e.patient_id WHERE 1 = 1"
        + (q.from() != null ? " AND e.day >= ?" : "") + (q.to() != null ? " AND e.day <= ?" : "");
    Map<String, Map<LocalDate, java.util.Set<String>>> patients = new TreeMap<>();
    try (PreparedStatement s = w.prepareStatement(sql)) {
      int i = 1;
      for (int k = 0; k < 4; k++) {
        for (String code : q.codes()) {
          s.setString(i++, code);
        }
      }
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
          patients.computeIfAbsent(r.getString(1), k -> new HashMap<>())
              .computeIfAbsent(q.granularity().periodStart(day), k -> new TreeSet<>()).add(r.getString(3) + "/" + r.getString(4));
        }
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not count syndrome " + q.name(), e);
    }
    if (patients.isEmpty()) {
      throw new MedmineUserException("No events with codes " + q.codes() + " in the warehouse"
          + ": check the codes (e.g. SNOMED CT 444814009) or the time window.");
    }
    LocalDate first = q.from();
    for (Map<LocalDate, java.util.Set<String>> m : patients.values()) {
      for (LocalDate d : m.keySet()) {
        first = q.from() != null ? first : (first == null || d.isBefore(first) ? d : first);
      }
    }
    // Up to the end of the data, not the last case: weeks without cases after it are zeros, and judged.
    LocalDate lastEvent = lastEvent(patients);
    LocalDate last = q.to() != null ? q.to() : DataEnd.lastEncounterDay(w).filter(d -> d.isAfter(lastEvent)).orElse(lastEvent);
    Map<String, List<LocalDate[]>> lives = Population.lives(w, q.region().sql, age);
    List<CountSeries> out = new ArrayList<>();
    for (var e : patients.entrySet()) {
      Map<LocalDate, Double> counts = new HashMap<>();
      e.getValue().forEach((d, set) -> counts.put(d, (double) set.size()));
      CountSeries s = CountSeries.fromSparse(q.name(), e.getKey(), q.granularity(), counts, first, last);
      double[] pop = Population.atRisk(lives.getOrDefault(e.getKey(), List.of()), s, age);
      out.add(new CountSeries(s.name(), s.region(), s.granularity(), s.start(), s.counts(), pop));
    }
    return out;
  }

  private static LocalDate lastEvent(Map<String, Map<LocalDate, java.util.Set<String>>> patients) {
    return patients.values().stream().flatMap(m -> m.keySet().stream()).max(LocalDate::compareTo).orElseThrow();
  }
}
