package org.medmine.apps.qi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.mining.timeseries.ControlChart;
import org.medmine.mining.timeseries.RunRules;
import org.medmine.report.ReportSection;
import org.medmine.report.ResultRows;

/**
 * What {@link SpcApp} charted: the control charts with their signals, and the run's provenance. Its
 * rows (one per chart and period) are the document of {@code --format json} and the {@code --out}
 * file.
 *
 * @param charts the charts, in the order of the measures asked for
 * @param provenance where the result came from
 */
public record SpcResult(List<LabelledChart> charts, RunProvenance provenance) implements AppResult {
  /**
   * One row per chart and period: value, centre, limits, whether a baseline period, the rules that
   * signalled.
   */
  public List<Map<String, Object>> rows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (LabelledChart l : charts) {
      ControlChart ch = l.chart();
      for (int i = 0; i < ch.size(); i++) {
        final int idx = i;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("chart", l.name());
        row.put("kind", ch.kind().name());
        row.put("period", l.periods().get(i));
        row.put("value", ResultRows.number(ch.values()[i]));
        row.put("center", ResultRows.number(ch.center()[i]));
        row.put("lower", ResultRows.number(ch.lower()[i]));
        row.put("upper", ResultRows.number(ch.upper()[i]));
        row.put("baseline", i >= ch.baselineFrom() && i < ch.baselineTo());
        row.put(
            "signals",
            String.join(
                " ",
                ch.signals().stream()
                    .filter(s -> s.index() == idx)
                    .map(RunRules.Signal::rule)
                    .toList()));
        rows.add(row);
      }
    }
    return rows;
  }

  /** Every chart point ({@link #rows}) and the run. */
  @Override
  public Object toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("points", rows());
    doc.put("run", provenance);
    return doc;
  }

  /** Per chart its periods, baseline, centre and limits, and its signals. */
  @Override
  public String toText() {
    return SpcText.of(this);
  }

  /** The charts with their signals, in one section. */
  @Override
  public List<ReportSection> toSections() {
    StringBuilder body = new StringBuilder();
    charts.forEach(l -> body.append(ControlChartSections.chart(l.name(), l.periods(), l.chart())));
    return List.of(ReportSection.of("control-charts", "Control charts", body.toString()));
  }

  /**
   * A line per chart for a summary (the demo's, of the warehouse's monthly measures): its months
   * and signals.
   */
  public String summary() {
    StringBuilder out = new StringBuilder();
    for (LabelledChart l : charts) {
      out.append(
          String.format(
              Locale.ROOT,
              "control chart %s (%s): %d months, %d signals%n",
              l.name(),
              l.chart().kind(),
              l.chart().size(),
              l.chart().signals().size()));
    }
    return out.toString();
  }
}
