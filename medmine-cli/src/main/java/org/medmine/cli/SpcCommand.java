package org.medmine.cli;

import org.medmine.model.MedmineVersion;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medmine.apps.qi.QualityMeasures;
import org.medmine.mining.timeseries.ControlChart;
import org.medmine.mining.timeseries.ControlCharts;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.RunRules;
import org.medmine.mining.timeseries.SeriesCsv;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.AccessLayer;
import org.medmine.report.HtmlReport;
import org.medmine.report.ReportOptions;
import org.medmine.report.ReportSection;
import org.medmine.report.TimeSeriesSections;
import org.medmine.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medmine spc}: p-, u- and XmR control charts with run rules and a baseline period. */
@Command(
    name = "spc",
    mixinStandardHelpOptions = true,
    description = {
      "Statistical process control: monthly 30-day readmission rate (p-chart), emergency visits per 1,000"
          + " patients (u-chart) and mean length of stay (XmR) from the warehouse, or a chart of --series FILE.csv"
          + " (count, and population as the subgroup size for p/u).",
      "Limits come from the first --baseline periods; points are judged by the Western Electric or Nelson rules."
    })
final class SpcCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;

  @Option(names = "--series", paramLabel = "FILE.csv", description = "An external series instead of the warehouse.")
  Path series;

  @Option(names = "--chart", defaultValue = "xmr", paramLabel = "p|u|xmr", description = "Chart of the external series. Default: ${DEFAULT-VALUE}.")
  String chart;

  @Option(names = "--per", defaultValue = "1000", paramLabel = "N", description = "u-chart rates per N of population (external series). Default: ${DEFAULT-VALUE}.")
  double per;

  @Option(names = "--measure", split = ",", defaultValue = "readmission,ed-visits,los", paramLabel = "M",
      description = "Warehouse measures: readmission, ed-visits, los. Default: all.")
  List<String> measures;

  @Option(names = "--from", paramLabel = "DATE", description = "First month (default: 5 years before --to).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last month (default: the month of the last encounter).")
  LocalDate to;

  @Option(names = "--baseline", defaultValue = "24", paramLabel = "N", description = "Periods that set the limits. Default: ${DEFAULT-VALUE}.")
  int baseline;

  @Option(names = "--rules", defaultValue = "we", paramLabel = "we|nelson", description = "Run rules. Default: ${DEFAULT-VALUE}.")
  String rules;

  @Option(names = "--out", paramLabel = "FILE", description = "Write every chart point to FILE (.csv or .json).")
  Path out;

  @Option(names = "--html", paramLabel = "FILE", description = "Write an HTML page with the charts and their signals.")
  Path html;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** A chart with the labels of its periods. */
  record Labelled(String name, List<String> periods, ControlChart chart) {}

  @Override
  public Integer call() {
    checkOptions();
    RunRules r = switch (rules.toLowerCase(Locale.ROOT)) {
      case "we", "western-electric" -> RunRules.westernElectric();
      case "nelson" -> RunRules.nelson();
      default -> throw new MedmineUserException("--rules must be we or nelson, not '" + rules + "'.");
    };
    List<Labelled> charts = series != null ? external(r) : fromWarehouse(r);
    List<Map<String, Object>> rows = rows(charts);
    if (out != null) {
      TimeSeriesOutput.write(out, rows);
    }
    if (html != null) {
      StringBuilder body = new StringBuilder();
      charts.forEach(l -> body.append(TimeSeriesSections.controlChart(l.name(), l.periods(), l.chart())));
      HtmlReport.empty(ReportOptions.defaults(MedmineVersion.get()))
          .with(ReportSection.of("control-charts", "Control charts", body.toString())).write(html);
    }
    PrintWriter c = spec.commandLine().getOut();
    if (output.json()) {
      c.println(Json.write(Map.of("points", rows)));
      return ExitCodes.OK;
    }
    for (Labelled l : charts) {
      ControlChart ch = l.chart();
      c.printf(Locale.ROOT, "%s (%s-chart): %d periods %s .. %s, baseline %s .. %s%n", l.name(), ch.kind(), ch.size(),
          l.periods().get(0), l.periods().get(ch.size() - 1), l.periods().get(ch.baselineFrom()), l.periods().get(ch.baselineTo() - 1));
      int last = ch.size() - 1;
      c.printf(Locale.ROOT, "  centre %s, limits at the last period [%s, %s]; last value %s%n", TimeSeriesOutput.fmt(ch.center()[last]),
          TimeSeriesOutput.fmt(ch.lower()[last]), TimeSeriesOutput.fmt(ch.upper()[last]), TimeSeriesOutput.fmt(ch.values()[last]));
      if (ch.lowerLimitFloored() && ch.kind() != ControlChart.Kind.MR) {
        c.printf(Locale.ROOT, "  the lower 3-sigma limit (as low as %s) is below 0, which the measure cannot take: drawn at 0%n",
            TimeSeriesOutput.fmt(ch.lowestThreeSigmaLimit()));
      }
      if (ch.signals().isEmpty()) {
        c.println("  no signals: the process looks stable");
      }
      for (RunRules.Signal s : ch.signals()) {
        c.printf(Locale.ROOT, "  %-8s %-9s %s (value %s)%n", l.periods().get(s.index()), s.rule(), s.description(),
            TimeSeriesOutput.fmt(ch.values()[s.index()]));
      }
    }
    if (out != null) {
      c.println("Wrote " + rows.size() + " chart points to " + out);
    }
    return ExitCodes.OK;
  }

  private List<Labelled> fromWarehouse(RunRules r) {
    List<Labelled> charts = new ArrayList<>();
    try (AccessLayer access = WarehouseAccess.read(warehouse.file)) {
      java.sql.Connection w = access.connection();
      LocalDate end = to != null ? to : lastEncounterMonth(w);
      LocalDate start = from != null ? from : end.withDayOfMonth(1).minusYears(5).plusMonths(1);
      for (String m : measures) {
        switch (m.strip().toLowerCase(Locale.ROOT)) {
          case "readmission" -> {
            QualityMeasures.Measure q = QualityMeasures.readmissions(w, start, end);
            charts.add(new Labelled(q.name(), labels(q), ControlCharts.p(q.numerator(), q.denominator(), 0, base(q), r)));
          }
          case "ed-visits" -> {
            QualityMeasures.Measure q = QualityMeasures.emergencyVisitsPer1000(w, start, end);
            charts.add(new Labelled(q.name(), labels(q), ControlCharts.u(q.numerator(), q.denominator(), 0, base(q), r)));
          }
          case "los" -> {
            QualityMeasures.Measure q = QualityMeasures.lengthOfStay(w, start, end);
            if (q.months().size() < 3) {
              throw new MedmineUserException("Too few months with inpatient discharges for a length-of-stay chart: widen --from/--to.");
            }
            List<ControlChart> xmr = ControlCharts.xmr(q.numerator(), 0, Math.max(2, base(q)), r, 0); // days: not below 0
            charts.add(new Labelled(q.name(), labels(q), xmr.get(0)));
            charts.add(new Labelled(q.name() + ", moving range", labels(q), xmr.get(1)));
          }
          default -> throw new MedmineUserException("Unknown --measure '" + m + "': use readmission, ed-visits or los.");
        }
      }
    }
    return charts;
  }

  /** Refuses option values no chart can use, before anything is read. */
  private void checkOptions() {
    if (!List.of("p", "u", "xmr").contains(chart.toLowerCase(Locale.ROOT))) {
      throw new MedmineUserException("--chart must be p, u or xmr, not '" + chart + "'.");
    }
    if (baseline < 2) {
      throw new MedmineUserException("--baseline must be at least 2 periods (the limits are estimated from them), not "
          + baseline + ".");
    }
    if (!(per > 0) || Double.isInfinite(per)) {
      throw new MedmineUserException("--per must be a positive number of population (e.g. 1000), not " + per + ".");
    }
  }

  private int base(QualityMeasures.Measure q) {
    return Math.min(baseline, q.months().size());
  }

  private static List<String> labels(QualityMeasures.Measure q) {
    return q.months().stream().map(d -> d.toString().substring(0, 7)).toList();
  }

  private static LocalDate lastEncounterMonth(java.sql.Connection w) {
    return org.medmine.warehouse.DataEnd.lastEncounterDay(w)
        .orElseThrow(() -> new MedmineUserException("No encounters in the warehouse: ingest data first."));
  }

  private List<Labelled> external(RunRules r) {
    List<Labelled> charts = new ArrayList<>();
    for (CountSeries s : SeriesCsv.read(series)) {
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < s.size(); i++) {
        labels.add(TimeSeriesOutput.period(s, i));
      }
      int b = Math.min(baseline, s.size());
      String name = s.name() + (s.region().equals("all") ? "" : ", " + s.region());
      switch (chart.toLowerCase(Locale.ROOT)) {
        case "p", "u" -> {
          if (s.population() == null) {
            throw new MedmineUserException("A " + chart + "-chart needs the subgroup size: add a 'population' column to " + series + ".");
          }
          double[] n = s.population().clone();
          if (chart.equalsIgnoreCase("u")) {
            for (int i = 0; i < n.length; i++) {
              n[i] /= per;
            }
          }
          charts.add(new Labelled(name, labels, chart.equalsIgnoreCase("p")
              ? ControlCharts.p(s.counts(), n, 0, b, r) : ControlCharts.u(s.counts(), n, 0, b, r)));
        }
        case "xmr" -> {
          List<ControlChart> xmr = ControlCharts.xmr(s.counts(), 0, Math.max(2, b), r, 0); // counts: not below 0
          charts.add(new Labelled(name, labels, xmr.get(0)));
          charts.add(new Labelled(name + ", moving range", labels, xmr.get(1)));
        }
        default -> throw new MedmineUserException("--chart must be p, u or xmr, not '" + chart + "'.");
      }
    }
    return charts;
  }

  static List<Map<String, Object>> rows(List<Labelled> charts) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Labelled l : charts) {
      ControlChart ch = l.chart();
      for (int i = 0; i < ch.size(); i++) {
        final int idx = i;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("chart", l.name());
        row.put("kind", ch.kind().name());
        row.put("period", l.periods().get(i));
        row.put("value", TimeSeriesOutput.num(ch.values()[i]));
        row.put("center", TimeSeriesOutput.num(ch.center()[i]));
        row.put("lower", TimeSeriesOutput.num(ch.lower()[i]));
        row.put("upper", TimeSeriesOutput.num(ch.upper()[i]));
        row.put("baseline", i >= ch.baselineFrom() && i < ch.baselineTo());
        row.put("signals", String.join(" ", ch.signals().stream().filter(s -> s.index() == idx).map(RunRules.Signal::rule).toList()));
        rows.add(row);
      }
    }
    return rows;
  }
}
