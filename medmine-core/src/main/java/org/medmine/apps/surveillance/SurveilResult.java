package org.medmine.apps.surveillance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.Detection;
import org.medmine.report.ReportSection;
import org.medmine.report.ResultRows;

/**
 * What {@link SurveilApp} found: every series with what each detector said about it, the detectors
 * skipped (a series too short for them) and the run's provenance. Its rows (one per evaluated
 * period and detector) are the stable document of {@code --format json} and of the {@code --out}
 * file.
 *
 * @param source the series file or the warehouse the counts came from
 * @param series each series with its detections
 * @param skipped detectors not run on a series, and why
 * @param recent periods at the end counted as current
 * @param provenance where the result came from
 */
public record SurveilResult(
    String source, List<Judged> series, List<String> skipped, int recent, RunProvenance provenance)
    implements AppResult {
  /** Periods of history a surveillance chart shows: two years of weeks. */
  static final int SHOWN = 104;

  /**
   * One series and what the detectors said about it.
   *
   * @param series the counts
   * @param methods the detectors' names as the user gave them, one per detection
   * @param detections what each detector said
   */
  public record Judged(CountSeries series, List<String> methods, List<Detection> detections) {}

  /**
   * One row per evaluated period and detector: observed, expected, threshold, alarm, population,
   * rate, current.
   */
  public List<Map<String, Object>> rows() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Judged j : series) {
      CountSeries s = j.series();
      for (int k = 0; k < j.detections().size(); k++) {
        for (Detection.Evaluation e : j.detections().get(k).evaluations(s.counts())) {
          rows.add(row(s, j.methods().get(k), e));
        }
      }
    }
    return rows;
  }

  private Map<String, Object> row(CountSeries s, String method, Detection.Evaluation e) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("series", s.name());
    r.put("region", s.region());
    r.put("period", s.label(e.index()));
    r.put("method", method);
    r.put("observed", ResultRows.number(e.observed()));
    r.put("expected", ResultRows.number(e.expected()));
    r.put("threshold", ResultRows.number(e.threshold()));
    r.put("alarm", e.alarm());
    r.put(
        "population", s.population() == null ? null : ResultRows.number(s.population()[e.index()]));
    r.put(
        "ratePer100k",
        s.population() == null ? null : ResultRows.number(s.rates(100_000)[e.index()]));
    r.put("current", e.index() >= s.size() - recent);
    return r;
  }

  /** The source, every evaluated period ({@link #rows}), the skipped detectors and the run. */
  @Override
  public Object toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("source", source);
    doc.put("evaluations", rows());
    doc.put("skipped", skipped);
    doc.put("run", provenance);
    return doc;
  }

  /**
   * Each series in a line, the current alarms, the alarms per detector over all evaluated periods.
   */
  @Override
  public String toText() {
    return SurveilText.of(this);
  }

  /** A chart per series that some detector judged, with its alarms and the current ones. */
  @Override
  public List<ReportSection> toSections() {
    List<ReportSection> sections = new ArrayList<>();
    for (Judged j : series) {
      if (!j.detections().isEmpty()) {
        CountSeries s = j.series();
        String id = ("region-" + s.region().toLowerCase(Locale.ROOT)).replaceAll("[^a-z0-9-]", "-");
        sections.add(
            ReportSection.of(
                id,
                s.name() + ", region " + s.region(),
                SurveillanceSections.chart(s, j.detections(), SHOWN, recent)));
      }
    }
    return sections;
  }

  /**
   * One line for a summary (the demo's): the first series, its length and each detector's alarms
   * over the last two years of it.
   */
  public String summary() {
    Judged j = series.get(0);
    CountSeries s = j.series();
    String unit = s.granularity().name().toLowerCase(Locale.ROOT) + "s";
    int from = s.size() - 2 * s.granularity().periodsPerYear();
    StringBuilder alarms = new StringBuilder();
    for (int k = 0; k < j.detections().size(); k++) {
      List<Detection.Evaluation> last =
          j.detections().get(k).evaluations(s.counts()).stream()
              .filter(e -> e.index() >= from)
              .toList();
      alarms.append(
          String.format(
              Locale.ROOT,
              " %s %d of %d %s;",
              j.methods().get(k),
              last.stream().filter(Detection.Evaluation::alarm).count(),
              last.size(),
              unit));
    }
    return String.format(
        Locale.ROOT,
        "surveillance: %s syndrome, %d %s; alarms over the last two years:%s",
        s.name(),
        s.size(),
        unit,
        alarms);
  }
}
