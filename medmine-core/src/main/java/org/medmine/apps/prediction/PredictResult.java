package org.medmine.apps.prediction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.medmine.context.AppResult;
import org.medmine.context.ResultJson;
import org.medmine.context.RunProvenance;
import org.medmine.report.ReportSection;

/**
 * What {@link PredictApp} scored: every index event with its risk (or predicted days) and top
 * factors, highest first; the first {@code top} are shown ({@link #shown()}), the whole list goes
 * to files ({@link #allRowsJson()}, {@link #csv()}).
 *
 * @param modelFile the model file as given
 * @param model the saved model
 * @param scored every scored index event, highest first
 * @param top rows shown (0 or less: all)
 * @param provenance the run's provenance
 */
public record PredictResult(
    String modelFile,
    SavedModel model,
    List<SavedModel.Scored> scored,
    int top,
    RunProvenance provenance)
    implements AppResult {

  public PredictResult {
    scored = List.copyOf(scored);
  }

  /** The rows shown: the first {@code top}, or all. */
  public List<SavedModel.Scored> shown() {
    return top > 0 ? scored.subList(0, Math.min(top, scored.size())) : scored;
  }

  /**
   * {@code {model, study, predicts: risk|days, rows: [{patient, encounter, index_time, risk (or
   * predicted_days), factors: [{feature, shap}]}], run}} over the rows shown.
   */
  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> doc = json(shown());
    doc.put("run", provenance);
    return doc;
  }

  /**
   * The same document over every scored row, without the run (the file {@code predict --out
   * FILE.json} writes).
   */
  public Map<String, Object> allRowsJson() {
    return json(scored);
  }

  /**
   * What {@code predict --out FILE} writes into {@code file}: every scored row as JSON ({@link
   * #allRowsJson()}) when the name ends in {@code .json}, else as CSV ({@link #csv()}).
   */
  public String rowsFile(Path file) {
    return file.getFileName().toString().endsWith(".json")
        ? ResultJson.write(allRowsJson()) + "\n"
        : csv();
  }

  private Map<String, Object> json(List<SavedModel.Scored> rows) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("model", modelFile);
    j.put("study", model.study().name());
    j.put("predicts", model.predictsDays() ? "days" : "risk");
    List<Object> out = new ArrayList<>();
    for (SavedModel.Scored s : rows) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("patient", s.event().patientKey());
      r.put("encounter", s.event().encounterId());
      r.put("index_time", s.event().indexTime().toString());
      r.put(model.predictsDays() ? "predicted_days" : "risk", s.risk());
      r.put(
          "factors",
          s.topFactors().stream()
              .map(f -> Map.of("feature", f.feature(), "shap", f.value()))
              .toList());
      out.add(r);
    }
    j.put("rows", out);
    return j;
  }

  /** The count scored, then the rows shown: patient, index time, risk or days, top factors. */
  @Override
  public String toText() {
    StringBuilder b = new StringBuilder();
    boolean days = model.predictsDays();
    b.append(
        String.format(
            Locale.ROOT, "%s: %,d index events scored%n", model.study().name(), scored.size()));
    b.append(
        String.format(
            Locale.ROOT,
            "%-44s %-19s %6s  %s%n",
            "patient",
            "index",
            days ? "days" : "risk",
            "top factors"));
    for (SavedModel.Scored s : shown()) {
      b.append(
          String.format(
              Locale.ROOT,
              days ? "%-44s %-19s %6.2f  %s%n" : "%-44s %-19s %6.3f  %s%n",
              s.event().patientKey(),
              s.event().indexTime().toString().replace('T', ' '),
              s.risk(),
              s.topFactors().stream()
                  .map(f -> String.format(Locale.ROOT, "%s %+.2f", f.feature(), f.value()))
                  .collect(Collectors.joining("; "))));
    }
    return b.toString();
  }

  /**
   * Every scored row as CSV: patient, encounter, index_time, risk (or predicted_days), factors
   * ("feature +shap; ...").
   */
  public String csv() {
    StringBuilder b =
        new StringBuilder(
            "patient,encounter,index_time,"
                + (model.predictsDays() ? "predicted_days" : "risk")
                + ",factors\n");
    for (SavedModel.Scored s : scored) {
      String factors =
          s.topFactors().stream()
              .map(f -> String.format(Locale.ROOT, "%s %+.4f", f.feature(), f.value()))
              .collect(Collectors.joining("; "));
      b.append(quote(s.event().patientKey()))
          .append(',')
          .append(quote(s.event().encounterId()))
          .append(',')
          .append(s.event().indexTime())
          .append(',')
          .append(String.format(Locale.ROOT, "%.6f", s.risk()))
          .append(',')
          .append(quote(factors))
          .append('\n');
    }
    return b.toString();
  }

  /** Scores are rows for a worklist, not a report: no section. */
  @Override
  public List<ReportSection> toSections() {
    return List.of();
  }

  private static String quote(String v) {
    return v == null ? "" : "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
