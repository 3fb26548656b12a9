package org.medmine.apps.prediction.learn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.medmine.apps.prediction.StudyResult;
import org.medmine.context.AppResult;
import org.medmine.context.ResultJson;
import org.medmine.context.RunProvenance;
import org.medmine.report.ReportSection;

/**
 * What {@link TableScoreApp} scored: every row by its line in the file, with its risk (or predicted
 * number) and top factors, highest first; the first {@code top} are shown, the whole list goes to
 * files ({@link #csv()}).
 *
 * @param modelFile the model file as given
 * @param model the table model
 * @param rows every scored row, highest first
 * @param top rows shown (0 or less: all)
 * @param provenance the run's provenance (the scored file and its SHA-256)
 */
public record TableScoreResult(
    String modelFile, TableModel model, List<Row> rows, int top, RunProvenance provenance)
    implements AppResult {

  /**
   * One scored row.
   *
   * @param line the row's line in the file (the header is line 1; for Parquet, the row number)
   * @param score the risk, or the predicted number for a regression model
   * @param factors the largest SHAP contributions, largest first
   */
  public record Row(long line, double score, List<StudyResult.Factor> factors) {}

  public TableScoreResult {
    rows = List.copyOf(rows);
  }

  /** The rows shown: the first {@code top}, or all. */
  public List<Row> shown() {
    return top > 0 ? rows.subList(0, Math.min(top, rows.size())) : rows;
  }

  /**
   * {@code {model, target, predicts: risk|value, scored, rows: [{line, risk (or predicted),
   * factors: [{feature, shap}]}], run}} over the rows shown.
   */
  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> j = json(shown());
    j.put("run", provenance);
    return j;
  }

  /**
   * The same document over every scored row, without the run (what {@code --out FILE.json} writes).
   */
  public Map<String, Object> allRowsJson() {
    return json(rows);
  }

  private Map<String, Object> json(List<Row> chosen) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("model", modelFile);
    j.put("target", model.target());
    j.put("predicts", model.regression() ? "value" : "risk");
    j.put("scored", rows.size());
    List<Object> out = new ArrayList<>();
    for (Row r : chosen) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("line", r.line());
      m.put(model.regression() ? "predicted" : "risk", r.score());
      m.put(
          "factors",
          r.factors().stream()
              .map(f -> Map.of("feature", f.feature(), "shap", f.value()))
              .toList());
      out.add(m);
    }
    j.put("rows", out);
    return j;
  }

  @Override
  public String toText() {
    StringBuilder b =
        new StringBuilder(
            String.format(Locale.ROOT, "%s: %,d rows scored%n", model.target(), rows.size()));
    b.append(
        String.format(
            Locale.ROOT,
            "%8s %10s  %s%n",
            "line",
            model.regression() ? "predicted" : "risk",
            "top factors"));
    for (Row r : shown()) {
      b.append(
          String.format(Locale.ROOT, "%8d %10.4f  %s%n", r.line(), r.score(), factors(r, "%+.2f")));
    }
    return b.toString();
  }

  /**
   * What {@code predict --data F --out FILE} writes into {@code file}: every scored row as JSON
   * ({@link #allRowsJson()}) when the name ends in {@code .json}, else as CSV ({@link #csv()}).
   */
  public String rowsFile(Path file) {
    return file.getFileName().toString().endsWith(".json")
        ? ResultJson.write(allRowsJson()) + "\n"
        : csv();
  }

  /** Every scored row as CSV: line, risk (or predicted), factors ("feature +shap; ..."). */
  public String csv() {
    StringBuilder b =
        new StringBuilder("line," + (model.regression() ? "predicted" : "risk") + ",factors\n");
    for (Row r : rows) {
      b.append(r.line())
          .append(',')
          .append(String.format(Locale.ROOT, "%.6f", r.score()))
          .append(",\"")
          .append(factors(r, "%+.4f").replace("\"", "\"\""))
          .append("\"\n");
    }
    return b.toString();
  }

  private static String factors(Row r, String format) {
    return r.factors().stream()
        .map(f -> f.feature() + " " + String.format(Locale.ROOT, format, f.value()))
        .collect(Collectors.joining("; "));
  }

  /** Scores are rows for a worklist, not a report: no section. */
  @Override
  public List<ReportSection> toSections() {
    return List.of();
  }
}
