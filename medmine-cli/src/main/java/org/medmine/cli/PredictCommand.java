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

  @Option(names = "--model", required = true, paramLabel = "FILE", description = "A NAME-model.json written by 'medmine study run'.")
  java.nio.file.Path model;

  @Option(names = "--top", defaultValue = "20", paramLabel = "N", description = "Rows shown (0 = all). Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(names = "--factors", defaultValue = "3", paramLabel = "N", description = "Top factors per row. Default: ${DEFAULT-VALUE}.")
  int factors;

  @Option(names = "--role", paramLabel = "ROLE", defaultValue = "admin", description = "Access role. Default: ${DEFAULT-VALUE}.")
  String role;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(model)) {
      throw new MedmineUserException("No model file at " + model + ": run 'medmine study run NAME' first.");
    }
    if (!Files.isRegularFile(warehouse.file)) {
      throw new MedmineUserException("No warehouse at " + warehouse.file + ": give --warehouse.");
    }
    SavedModel m = SavedModel.read(model);
    List<SavedModel.Scored> scored;
    try (AccessLayer access = AccessLayer.openForMining(warehouse.file, Role.parse(role))) {
      scored = m.score(access.connection(), factors);
    }
    List<SavedModel.Scored> shown = top > 0 ? scored.subList(0, Math.min(top, scored.size())) : scored;
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("model", model.toString());
      j.put("study", m.study().name());
      j.put("predicts", m.predictsDays() ? "days" : "risk");
      List<Object> rows = new ArrayList<>();
      for (SavedModel.Scored s : shown) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("patient", s.event().patientKey());
        r.put("encounter", s.event().encounterId());
        r.put("index_time", s.event().indexTime().toString());
        r.put(m.predictsDays() ? "predicted_days" : "risk", s.risk());
        r.put("factors", s.topFactors().stream().map(f -> Map.of("feature", f.feature(), "shap", f.value())).toList());
        rows.add(r);
      }
      j.put("rows", rows);
      out.println(Json.write(j));
    } else {
      out.printf(Locale.ROOT, "%s: %,d index events scored%n", m.study().name(), scored.size());
      out.printf(Locale.ROOT, "%-44s %-19s %6s  %s%n", "patient", "index", m.predictsDays() ? "days" : "risk", "top factors");
      for (SavedModel.Scored s : shown) {
        out.printf(Locale.ROOT, m.predictsDays() ? "%-44s %-19s %6.2f  %s%n" : "%-44s %-19s %6.3f  %s%n", s.event().patientKey(), s.event().indexTime().toString().replace('T', ' '),
            s.risk(), s.topFactors().stream().map(f -> String.format(Locale.ROOT, "%s %+.2f", f.feature(), f.value()))
                .collect(Collectors.joining("; ")));
      }
    }
    return ExitCodes.OK;
  }
}
