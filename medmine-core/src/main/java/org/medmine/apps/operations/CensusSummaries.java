package org.medmine.apps.operations;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.medmine.apps.operations.EdBoarding.Episode;
import org.medmine.apps.operations.PatientFlow.Hour;
import org.medmine.report.ResultRows;

/** The census's JSON pieces: a summary of hours, an hour of flow, a boarding episode. */
final class CensusSummaries {
  private CensusSummaries() {}

  /** How many, and the mean, median and longest of {@code hours} (null when there are none). */
  static Map<String, Object> hours(double[] hours) {
    Map<String, Object> doc = new LinkedHashMap<>();
    double[] sorted = hours.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    doc.put("count", n);
    doc.put("mean", n == 0 ? null : ResultRows.number(Arrays.stream(sorted).average().orElse(0)));
    doc.put(
        "median",
        n == 0
            ? null
            : ResultRows.number(
                n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2));
    doc.put("max", n == 0 ? null : ResultRows.number(sorted[n - 1]));
    return doc;
  }

  static Map<String, Object> hour(Hour h) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("hour", h.hour().toString());
    row.put("arrivals", h.arrivals());
    row.put("departures", h.departures());
    row.put("inHouse", h.inHouse());
    return row;
  }

  static Map<String, Object> episode(Episode e) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("source", e.source());
    row.put("patient", e.patientId());
    row.put("encounter", e.encounterId());
    row.put("edUnit", e.edUnit());
    row.put("decision", e.decision().toString());
    row.put("decisionEvent", e.decisionEvent());
    row.put("leftEd", e.leftEd() == null ? null : e.leftEd().toString());
    row.put("hours", ResultRows.number(e.hours()));
    row.put("ongoing", e.ongoing());
    return row;
  }
}
