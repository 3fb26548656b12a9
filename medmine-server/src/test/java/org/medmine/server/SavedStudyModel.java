package org.medmine.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.medmine.apps.prediction.StudyApp;
import org.medmine.apps.prediction.StudyOptions;
import org.medmine.apps.prediction.StudyRun;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.model.MedmineVersion;
import org.medmine.report.HtmlReport;
import org.medmine.report.ReportOptions;

/**
 * A saved study model trained on the shared population, as {@code medmine study run} writes it: the
 * shipped readmission study widened to 365 days without the planned-admission exclusion (the 20
 * patients have too few 30-day readmissions to train on), its model and its model card.
 */
final class SavedStudyModel {
  static final String STUDY = "readmission-365d";

  private SavedStudyModel() {}

  /** Trains the widened study on {@code warehouse}; writes NAME-model.json and NAME-card.html. */
  static Path train(Path dir, Path warehouse) throws Exception {
    Path study = dir.resolve(STUDY + ".json");
    try (var in = StudyApp.class.getResourceAsStream("studies/readmission-30d.json")) {
      Files.writeString(
          study,
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("\"readmission-30d\"", "\"" + STUDY + "\"")
              .replace("\"endDays\": 30", "\"endDays\": 365")
              .replace("\"excludePlanned\": true", "\"excludePlanned\": false"));
    }
    StudyRun run;
    try (AnalysisContext c = AnalysisContext.open(ContextRequest.of(warehouse))) {
      run = c.run(new StudyApp(), new StudyOptions(study.toString(), 42L));
    }
    assertThat(run.trained()).as(run.toText()).isTrue();
    Path model = dir.resolve(STUDY + "-model.json");
    run.model().write(model);
    HtmlReport.empty(ReportOptions.defaults(MedmineVersion.get()))
        .with(run.toSections())
        .write(dir.resolve(STUDY + "-card.html"));
    return model;
  }
}
