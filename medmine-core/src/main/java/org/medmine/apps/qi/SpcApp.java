package org.medmine.apps.qi;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medmine.cohort.AnalysisWindow;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.context.RunProvenance;
import org.medmine.mining.timeseries.ControlChart;
import org.medmine.mining.timeseries.ControlCharts;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.RunRules;
import org.medmine.mining.timeseries.SeriesCsv;
import org.medmine.model.MedmineUserException;

/**
 * {@code spc}: p-, u- and XmR control charts with run rules, limits from a baseline period. From
 * the warehouse (through the context's consent-filtered connection): the monthly 30-day readmission
 * rate (p), emergency visits per 1,000 patients (u) and mean length of stay (XmR, never below 0) of
 * {@link QualityMeasures} over the analysis window; or a chart of a series file.
 */
public final class SpcApp implements App<SpcOptions, SpcResult> {
  @Override
  public String name() {
    return "spc";
  }

  @Override
  public SpcResult run(AnalysisContext context, SpcOptions options) {
    boolean file = options.series() != null;
    List<LabelledChart> charts =
        file ? external(options) : fromWarehouse(context.connection(), options);
    RunProvenance provenance =
        file
            ? context.provenanceOfFile(name(), options, null, options.series())
            : context.provenance(name(), options, null);
    return new SpcResult(charts, provenance);
  }

  private static List<LabelledChart> fromWarehouse(Connection w, SpcOptions options) {
    AnalysisWindow window = AnalysisWindow.resolve(w, options.from(), options.to());
    RunRules r = options.runRules();
    List<LabelledChart> charts = new ArrayList<>();
    for (String m : options.measures()) {
      switch (m.strip().toLowerCase(Locale.ROOT)) {
        case "readmission" -> {
          QualityMeasures.Measure q = QualityMeasures.readmissions(w, window.from(), window.to());
          charts.add(
              new LabelledChart(
                  q.name(),
                  labels(q),
                  ControlCharts.p(q.numerator(), q.denominator(), 0, base(q, options), r)));
        }
        case "ed-visits" -> {
          QualityMeasures.Measure q =
              QualityMeasures.emergencyVisitsPer1000(w, window.from(), window.to());
          charts.add(
              new LabelledChart(
                  q.name(),
                  labels(q),
                  ControlCharts.u(q.numerator(), q.denominator(), 0, base(q, options), r)));
        }
        case "los" -> {
          QualityMeasures.Measure q = QualityMeasures.lengthOfStay(w, window.from(), window.to());
          if (q.months().size() < 3) {
            throw new MedmineUserException(
                "Too few months with inpatient discharges for a length-of-stay chart: widen --from/--to.");
          }
          List<ControlChart> xmr =
              ControlCharts.xmr(
                  q.numerator(), 0, Math.max(2, base(q, options)), r, 0); // days: not below 0
          charts.add(new LabelledChart(q.name(), labels(q), xmr.get(0)));
          charts.add(new LabelledChart(q.name() + ", moving range", labels(q), xmr.get(1)));
        }
        default -> throw new IllegalStateException("a measure SpcOptions let through: " + m);
      }
    }
    return charts;
  }

  private static int base(QualityMeasures.Measure q, SpcOptions options) {
    return Math.min(options.baseline(), q.months().size());
  }

  private static List<String> labels(QualityMeasures.Measure q) {
    return q.months().stream().map(d -> d.toString().substring(0, 7)).toList();
  }

  private static List<LabelledChart> external(SpcOptions options) {
    List<LabelledChart> charts = new ArrayList<>();
    RunRules r = options.runRules();
    String chart = options.chart().toLowerCase(Locale.ROOT);
    for (CountSeries s : SeriesCsv.read(options.series())) {
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < s.size(); i++) {
        labels.add(s.label(i));
      }
      int b = Math.min(options.baseline(), s.size());
      String name = s.name() + (s.region().equals("all") ? "" : ", " + s.region());
      if (chart.equals("xmr")) {
        List<ControlChart> xmr =
            ControlCharts.xmr(s.counts(), 0, Math.max(2, b), r, 0); // counts: not below 0
        charts.add(new LabelledChart(name, labels, xmr.get(0)));
        charts.add(new LabelledChart(name + ", moving range", labels, xmr.get(1)));
        continue;
      }
      if (s.population() == null) {
        throw new MedmineUserException(
            "A "
                + options.chart()
                + "-chart needs the subgroup size: add a 'population' column to "
                + options.series()
                + ".");
      }
      double[] n = s.population().clone();
      if (chart.equals("u")) {
        for (int i = 0; i < n.length; i++) {
          n[i] /= options.per();
        }
      }
      charts.add(
          new LabelledChart(
              name,
              labels,
              chart.equals("p")
                  ? ControlCharts.p(s.counts(), n, 0, b, r)
                  : ControlCharts.u(s.counts(), n, 0, b, r)));
    }
    return charts;
  }
}
