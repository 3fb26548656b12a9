package org.medmine.apps.surveillance;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.mining.timeseries.CountSeries;

/**
 * The console text of a {@link SurveilResult}: the series, the current alarms and the alarms per
 * detector.
 */
final class SurveilText {
  private SurveilText() {}

  static String of(SurveilResult result) {
    StringWriter text = new StringWriter();
    PrintWriter c = new PrintWriter(text);
    printSeries(c, result);
    c.println();
    printCurrentAlarms(c, result);
    printAlarmsByMethod(c, result);
    result.skipped().forEach(s -> c.println("  skipped: " + s));
    c.flush();
    return text.toString();
  }

  /** One line per series: its name, region, periods and total cases. */
  private static void printSeries(PrintWriter c, SurveilResult result) {
    for (SurveilResult.Judged j : result.series()) {
      CountSeries s = j.series();
      double total = 0;
      for (double n : s.counts()) {
        total += n;
      }
      c.printf(
          Locale.ROOT,
          "%s, region %s: %d %s periods from %s, %.0f cases%n",
          s.name(),
          s.region(),
          s.size(),
          s.granularity().name().toLowerCase(Locale.ROOT),
          s.label(0),
          total);
    }
  }

  /** The alarms of the last {@code recent} periods, one line each. */
  private static void printCurrentAlarms(PrintWriter c, SurveilResult result) {
    List<Map<String, Object>> current =
        result.rows().stream()
            .filter(r -> (Boolean) r.get("current") && (Boolean) r.get("alarm"))
            .toList();
    c.println("Current alarms (last " + result.recent() + " periods): " + current.size());
    if (!current.isEmpty()) {
      c.printf(
          Locale.ROOT,
          "  %-12s %-12s %-10s %9s %9s %9s%n",
          "region",
          "period",
          "method",
          "observed",
          "expected",
          "threshold");
      for (Map<String, Object> r : current) {
        c.printf(
            Locale.ROOT,
            "  %-12s %-12s %-10s %9s %9s %9s%n",
            r.get("region"),
            r.get("period"),
            r.get("method"),
            r.get("observed"),
            decimal(r.get("expected")),
            decimal(r.get("threshold")));
      }
    }
  }

  /** Per detector, the alarms among all the periods it evaluated. */
  private static void printAlarmsByMethod(PrintWriter c, SurveilResult result) {
    Map<String, Integer> alarmsByMethod = new LinkedHashMap<>();
    Map<String, Integer> evaluatedByMethod = new LinkedHashMap<>();
    for (Map<String, Object> r : result.rows()) {
      String m = (String) r.get("method");
      evaluatedByMethod.merge(m, 1, Integer::sum);
      alarmsByMethod.merge(m, (Boolean) r.get("alarm") ? 1 : 0, Integer::sum);
    }
    c.println("Alarms over all evaluated periods:");
    evaluatedByMethod.forEach(
        (m, n) ->
            c.printf(Locale.ROOT, "  %-10s %5d of %5d periods%n", m, alarmsByMethod.get(m), n));
  }

  private static String decimal(Object v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%.2f", (Double) v);
  }
}
