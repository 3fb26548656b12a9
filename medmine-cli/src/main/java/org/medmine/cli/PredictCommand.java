package org.medmine.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.medmine.apps.prediction.SavedModel;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.AccessLayer;
import org.medmine.privacy.ProtectedOutput;
import org.medmine.privacy.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medmine predict --model M}: scores a warehouse's index events with a saved study model. */
@Command(name = "predict", mixinStandardHelpOptions = true,
    description = {
      "Scores the index events of a saved study model (from 'medmine study run') in a warehouse, highest risk first,"
          + " with each one's top factors (SHAP, log-odds; + raises the risk). A length-of-stay model (los-inpatient)"
          + " predicts each stay's length in days at admission, longest first (SHAP in days).",
      "JSON (--format json): {model, study, predicts: risk|days, rows: [{patient, encounter, index_time, risk"
          + " (or predicted_days), factors: [{feature, shap}]}]}."
    })
final class PredictCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;
  @Mixin ProtectedOutputOption protection;

  @Option(names = "--model", required = true, paramLabel = "FILE", description = "A NAME-model.json written by 'medmine study run'.")
  java.nio.file.Path model;

  @Option(names = "--top", defaultValue = "20", paramLabel = "N", description = "Rows shown (0 = all). Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(names = "--factors", defaultValue = "3", paramLabel = "N", description = "Top factors per row. Default: ${DEFAULT-VALUE}.")
  int factors;

  @Option(names = "--role", paramLabel = "ROLE", description = "Access role. Default: $MEDMINE_ROLE, else admin.")
  String role;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write every scored row to FILE (.csv, or .json);"
      + " encrypted as FILE.enc unless the warehouse is de-identified or --plaintext is given.")
  java.nio.file.Path outFile;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(model)) {
      throw new MedmineUserException("No model file at " + model + ": run 'medmine study run NAME' first.");
    }
    if (!Files.isRegularFile(warehouse.file)) {
      throw new MedmineUserException("No warehouse at " + warehouse.file + ": give --warehouse.");
    }
    ProtectedOutput protect = outFile == null ? null : protection.decide(warehouse.file, "predict", outFile);
    AuditSession.current().useRole(role);
    SavedModel m = SavedModel.read(model);
    List<SavedModel.Scored> scored;
    try (AccessLayer access = WarehouseAccess.read(warehouse.file)) {
      scored = m.score(access.connection(), factors);
    }
    List<SavedModel.Scored> shown = top > 0 ? scored.subList(0, Math.min(top, scored.size())) : scored;
    PrintWriter out = spec.commandLine().getOut();
    java.nio.file.Path written = protect == null ? null : protect.write(outFile, f -> Files.writeString(f,
        outFile.getFileName().toString().endsWith(".json") ? Json.write(json(m, scored)) + "\n" : csv(scored, m.predictsDays())));
    if (output.json()) {
      out.println(Json.write(json(m, shown)));
    } else {
      out.printf(Locale.ROOT, "%s: %,d index events scored%n", m.study().name(), scored.size());
      out.printf(Locale.ROOT, "%-44s %-19s %6s  %s%n", "patient", "index", m.predictsDays() ? "days" : "risk", "top factors");
      for (SavedModel.Scored s : shown) {
        out.printf(Locale.ROOT, m.predictsDays() ? "%-44s %-19s %6.2f  %s%n" : "%-44s %-19s %6.3f  %s%n", s.event().patientKey(), s.event().indexTime().toString().replace('T', ' '),
            s.risk(), s.topFactors().stream().map(f -> String.format(Locale.ROOT, "%s %+.2f", f.feature(), f.value()))
                .collect(Collectors.joining("; ")));
      }
      if (written != null) {
        out.println("Wrote " + ProtectedOutputOption.describe(protect, written));
      }
    }
    return ExitCodes.OK;
  }

  private Map<String, Object> json(SavedModel m, List<SavedModel.Scored> scored) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("model", model.toString());
    j.put("study", m.study().name());
    j.put("predicts", m.predictsDays() ? "days" : "risk");
    List<Object> rows = new ArrayList<>();
    for (SavedModel.Scored s : scored) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("patient", s.event().patientKey());
      r.put("encounter", s.event().encounterId());
      r.put("index_time", s.event().indexTime().toString());
      r.put(m.predictsDays() ? "predicted_days" : "risk", s.risk());
      r.put("factors", s.topFactors().stream().map(f -> Map.of("feature", f.feature(), "shap", f.value())).toList());
      rows.add(r);
    }
    j.put("rows", rows);
    return j;
  }

  /** The risk table as CSV: patient, encounter, index_time, risk (or predicted_days), factors ("feature +shap; ..."). */
  static String csv(List<SavedModel.Scored> scored, boolean days) {
    StringBuilder b = new StringBuilder("patient,encounter,index_time," + (days ? "predicted_days" : "risk") + ",factors\n");
    for (SavedModel.Scored s : scored) {
      String factors = s.topFactors().stream().map(f -> String.format(Locale.ROOT, "%s %+.4f", f.feature(), f.value()))
          .collect(Collectors.joining("; "));
      b.append(quote(s.event().patientKey())).append(',').append(quote(s.event().encounterId())).append(',')
          .append(s.event().indexTime()).append(',').append(String.format(Locale.ROOT, "%.6f", s.risk())).append(',')
          .append(quote(factors)).append('\n');
    }
    return b.toString();
  }

  private static String quote(String v) {
    return v == null ? "" : "\"" + v.replace("\"", "\"\"") + "\"";
  }
}
