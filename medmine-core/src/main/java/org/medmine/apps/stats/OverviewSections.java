package org.medmine.apps.stats;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.medmine.apps.stats.WarehouseStats.AgeBand;
import org.medmine.apps.stats.WarehouseStats.CodeCount;
import org.medmine.apps.stats.WarehouseStats.DateRange;
import org.medmine.apps.stats.WarehouseStats.IngestRun;
import org.medmine.apps.stats.WarehouseStats.MonthClassCount;
import org.medmine.apps.stats.WarehouseStats.TableCount;
import org.medmine.report.BarChart;
import org.medmine.report.Html;
import org.medmine.report.PyramidChart;
import org.medmine.report.ReportSection;
import org.medmine.report.StackedBarChart;
import org.medmine.report.XyChart;

/** The sections of the warehouse overview report, built from {@link WarehouseStats} alone. */
final class OverviewSections {
  /** Months of encounters shown as stacked bars: the last five years with data. */
  static final int MONTHS_SHOWN = 60;

  /** Quarantined files listed. */
  static final int FILES_SHOWN = 50;

  private OverviewSections() {}

  static List<ReportSection> of(WarehouseStats s) {
    List<ReportSection> out = new ArrayList<>();
    out.add(ReportSection.of("tables", "Tables", tables(s)));
    out.add(ReportSection.of("population", "Population by age and sex", population(s)));
    out.add(
        ReportSection.of(
            "encounters", "Encounters per month by class", encounters(s.encountersPerMonth())));
    out.add(
        ReportSection.of(
            "conditions",
            "Top conditions",
            (s.topCodes().conditionsIncludeFindings()
                    ? Html.paragraph(
                        "Disorders and findings (SNOMED CT tags \"(finding)\" and \"(situation)\": employment, stress, care"
                            + " situations) alike.")
                    : Html.paragraph(
                        "Disorders: findings and situations (SNOMED CT tags \"(finding)\", \"(situation)\", such as employment,"
                            + " stress or a medication review due) are left out; --include-findings counts them."))
                + codes("conditions", s.topCodes().conditions())));
    out.add(
        ReportSection.of(
            "medications", "Top medications", codes("medications", s.topCodes().medications())));
    out.add(
        ReportSection.of(
            "lab-tests", "Top lab tests", codes("lab tests", s.topCodes().labTests())));
    out.add(
        ReportSection.of(
            "procedures", "Top procedures", codes("procedures", s.topCodes().procedures())));
    out.add(ReportSection.of("quarantine", "Data quarantine", quarantine(s)));
    return out;
  }

  private static String tables(WarehouseStats s) {
    Map<String, DateRange> ranges = new TreeMap<>();
    s.dateRanges().forEach(r -> ranges.put(r.table(), r));
    List<List<?>> rows = new ArrayList<>();
    for (TableCount t : s.tables()) {
      DateRange r = ranges.get(t.table());
      rows.add(
          r == null
              ? Arrays.asList(t.table(), t.rows(), "", "", "")
              : Arrays.asList(t.table(), t.rows(), r.first(), r.last(), r.column()));
    }
    BarChart chart =
        new BarChart(
            "Rows per table",
            "rows",
            s.tables().stream().map(TableCount::table).toList(),
            s.tables().stream().map(TableCount::rows).toList());
    return chart.svg()
        + Html.table(List.of("table", "rows", "first date", "last date", "date column"), rows);
  }

  static String population(WarehouseStats s) {
    var p = s.population();
    List<AgeBand> bands = p.bands();
    double[] male = bands.stream().mapToDouble(AgeBand::male).toArray();
    double[] female = bands.stream().mapToDouble(AgeBand::female).toArray();
    long other = bands.stream().mapToLong(AgeBand::other).sum();
    String chart =
        new PyramidChart(
                "Living patients on " + p.asOf() + " by age band and sex",
                bands.stream().map(AgeBand::band).toList(),
                "male",
                male,
                "female",
                female)
            .svg();
    if (p.patients() == 0) {
      return Html.paragraph("The warehouse holds no patients.") + chart;
    }
    String note =
        p.patients()
            + " patients: "
            + p.living()
            + " living on "
            + p.asOf()
            + " (the last encounter day), "
            + p.deceased()
            + " deceased"
            + (other > 0
                ? "; " + other + " living patients of other or unknown sex are not drawn."
                : ".");
    return Html.paragraph(note) + chart;
  }

  /**
   * The months drawn as stacked bars: the last {@link #MONTHS_SHOWN} calendar months up to the last
   * with data.
   */
  static List<String> monthsShown(List<MonthClassCount> months) {
    if (months.isEmpty()) {
      return List.of();
    }
    YearMonth last =
        months.stream()
            .map(m -> YearMonth.parse(m.month()))
            .max(YearMonth::compareTo)
            .orElseThrow();
    List<String> out = new ArrayList<>();
    for (int i = MONTHS_SHOWN - 1; i >= 0; i--) {
      out.add(last.minusMonths(i).toString());
    }
    return out;
  }

  private static String encounters(List<MonthClassCount> months) {
    if (months.isEmpty()) {
      return Html.paragraph("The warehouse holds no encounters with a start time.");
    }
    TreeSet<String> classes = new TreeSet<>();
    months.forEach(m -> classes.add(m.encounterClass()));
    List<String> shown = monthsShown(months);
    List<StackedBarChart.Series> series = new ArrayList<>();
    for (String c : classes) {
      double[] v = new double[shown.size()];
      months.stream()
          .filter(m -> m.encounterClass().equals(c))
          .forEach(
              m -> {
                int i = shown.indexOf(m.month());
                if (i >= 0) {
                  v[i] = m.encounters();
                }
              });
      series.add(new StackedBarChart.Series(c, v));
    }
    String span = shown.get(0) + " to " + shown.get(shown.size() - 1);
    String monthly =
        new StackedBarChart(
                "Encounters per month by class, " + span, "month", "encounters", shown, series)
            .svg();
    int first = Integer.parseInt(months.get(0).month().substring(0, 4));
    int last = Integer.parseInt(months.get(months.size() - 1).month().substring(0, 4));
    double[] years = new double[last - first + 1];
    Arrays.setAll(years, i -> first + i);
    XyChart yearly =
        XyChart.of("Encounters per year by class, " + first + " to " + last, "year", "encounters")
            .xFormat(v -> String.valueOf(Math.round(v)));
    for (String c : classes) {
      double[] n = new double[years.length];
      months.stream()
          .filter(m -> m.encounterClass().equals(c))
          .forEach(m -> n[Integer.parseInt(m.month().substring(0, 4)) - first] += m.encounters());
      yearly.line(c, years, n);
    }
    return monthly
        + yearly.svg()
        + "<p class=\"note\">Classes are the encounter's FHIR class code (v3 ActCode, lower case) or Synthea's class. "
        + "Months and years are UTC. Hover a bar or point for its count.</p>\n";
  }

  private static String codes(String what, List<CodeCount> codes) {
    if (codes.isEmpty()) {
      return Html.paragraph("The warehouse holds no " + what + ".");
    }
    List<String> labels =
        codes.stream()
            .map(c -> c.display() == null || c.display().isBlank() ? c.code() : c.display())
            .toList();
    List<Long> counts = codes.stream().map(CodeCount::rows).toList();
    String chart = new BarChart("Most frequent " + what, "rows", labels, counts).svg();
    List<List<?>> rows = new ArrayList<>();
    codes.forEach(
        c -> rows.add(Arrays.asList(c.code(), c.display(), c.system(), c.rows(), c.patients())));
    return chart + Html.table(List.of("code", "display", "system", "rows", "patients"), rows);
  }

  private static String quarantine(WarehouseStats s) {
    var q = s.quarantine();
    if (q.records() == 0) {
      return Html.paragraph("Nothing was quarantined: every record read was stored or skipped.");
    }
    StringBuilder sb =
        new StringBuilder(
            Html.paragraph(
                q.records()
                    + " records could not be stored. The table "
                    + "quarantine keeps each one with its file, position, reason and raw text."));
    List<String> kinds = q.byReason().stream().map(r -> r.reason()).toList();
    List<Long> counts = q.byReason().stream().map(r -> r.records()).toList();
    sb.append(new BarChart("Quarantined records by reason", "records", kinds, counts).svg());
    List<List<?>> reasons = new ArrayList<>();
    q.byReason().forEach(r -> reasons.add(Arrays.asList(r.reason(), r.records(), r.example())));
    sb.append(Html.table(List.of("reason", "records", "example"), reasons));
    List<List<?>> files = new ArrayList<>();
    q.byFile().stream()
        .limit(FILES_SHOWN)
        .forEach(f -> files.add(Arrays.asList(f.source(), f.file(), f.records())));
    if (q.byFile().size() > FILES_SHOWN) {
      sb.append(
          Html.paragraph(
              "The "
                  + FILES_SHOWN
                  + " files with the most quarantined records, of "
                  + q.byFile().size()
                  + ":"));
    }
    return sb.append(Html.table(List.of("source", "file", "records"), files)).toString();
  }

  /**
   * Where the overview's numbers came from: the warehouse, its schema version and its ingest runs.
   */
  static String provenance(WarehouseStats s) {
    StringBuilder sb =
        new StringBuilder(
            Html.table(
                List.of("", ""),
                List.of(
                    List.of("warehouse", s.warehouse()),
                    List.of("schema version", s.schemaVersion()))));
    List<List<?>> runs = new ArrayList<>();
    for (IngestRun r : s.ingestRuns()) {
      runs.add(
          Arrays.asList(
              r.runId(),
              r.source(),
              r.format(),
              r.inputs(),
              r.startedAt(),
              r.finishedAt(),
              r.read(),
              r.stored(),
              r.quarantined(),
              r.skipped(),
              r.medmineVersion()));
    }
    List<String> headers =
        List.of(
            "run",
            "source",
            "format",
            "inputs",
            "started",
            "finished",
            "read",
            "stored",
            "quarantined",
            "skipped",
            "medmine");
    sb.append("<h3>Ingest runs</h3>\n")
        .append(runs.isEmpty() ? Html.paragraph("none") : Html.table(headers, runs));
    return sb.toString();
  }
}
