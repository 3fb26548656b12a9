package org.medmine.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medmine.apps.cds.PatientRisk;
import org.medmine.apps.prediction.PredictApp;
import org.medmine.apps.prediction.PredictOptions;
import org.medmine.apps.prediction.SavedModel;
import org.medmine.model.MedmineUserException;

/**
 * The risk the {@code patient-view} card shows: the saved study model given to the server scores
 * the warehouse's index events with {@link PredictApp} (as {@code medmine predict} does) the first
 * time a risk is asked for, and the scores are kept until the server stops; a patient's risk is
 * that of their latest index event, with its three largest SHAP factors. The model card beside the
 * model ({@code NAME-card.html}, written by {@code medmine study run}) is served at {@link
 * #MODEL_CARD_PATH}.
 */
final class StudyRisk implements PatientRisk.Source {
  static final String MODEL_CARD_PATH = "/cds-services/model-card";

  private final Optional<Path> model;
  private final AppRunner runner;
  private volatile Map<String, PatientRisk> byPatient;
  private volatile String base = "";

  StudyRisk(Optional<Path> model, AppRunner runner) {
    this.model = model;
    this.runner = runner;
  }

  /** Scores the warehouse for {@code caller} unless done before; links point under {@code base}. */
  void prepare(Caller caller, String base) {
    this.base = base;
    if (model.isEmpty() || byPatient != null) {
      return;
    }
    synchronized (this) {
      if (byPatient == null) {
        byPatient =
            (Map<String, PatientRisk>)
                runner.run(
                    caller,
                    "POST /cds-services/medmine-patient-risk (scoring " + model.get() + ")",
                    false,
                    new PredictApp(),
                    new PredictOptions(model.get(), 0, 3),
                    r -> r.model().predictsDays() ? Map.of() : risks(r.model(), r.scored()));
      }
    }
  }

  private Map<String, PatientRisk> risks(SavedModel m, List<SavedModel.Scored> scored) {
    Map<String, PatientRisk> risks = new HashMap<>();
    scored.stream()
        .sorted(Comparator.comparing(s -> s.event().indexTime()))
        .forEach(
            s ->
                risks.put(
                    s.event().patientId(),
                    new PatientRisk(
                        m.study().name(),
                        m.study().name().replace('-', ' '),
                        s.risk(),
                        s.topFactors().stream()
                            .map(f -> new PatientRisk.Factor(f.feature(), f.direction() > 0))
                            .toList(),
                        "MODEL_CARD")));
    return Map.copyOf(risks);
  }

  @Override
  public Optional<PatientRisk> risk(String patientId) {
    Map<String, PatientRisk> risks = byPatient;
    if (risks == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(risks.get(patientId))
        .map(
            r ->
                new PatientRisk(
                    r.study(), r.outcome(), r.risk(), r.factors(), base + MODEL_CARD_PATH));
  }

  /** Serves the model card HTML written beside the model. */
  void modelCard(Context ctx) throws IOException {
    Path card =
        model
            .map(
                p ->
                    p.resolveSibling(
                        p.getFileName().toString().replace("-model.json", "-card.html")))
            .filter(Files::isRegularFile)
            .orElseThrow(
                () ->
                    new MedmineUserException(
                        "This server has no model card: start it with --cds-model NAME-model.json."));
    ctx.contentType("text/html; charset=utf-8").result(Files.readString(card));
  }
}
