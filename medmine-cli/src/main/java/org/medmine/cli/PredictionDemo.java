package org.medmine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.medmine.apps.prediction.StudyDefinition;
import org.medmine.apps.prediction.TooFewOutcomesException;
import org.medmine.model.MedmineUserException;
import org.medmine.report.HtmlReport;
import org.medmine.report.PredictionSections;

/** The demo's prediction step: the shipped studies, their summaries, and their model-card sections. */
final class PredictionDemo {
  private PredictionDemo() {}

  static HtmlReport run(PrintWriter console, Path warehouse, Path out, HtmlReport report) {
    console.println();
    console.println("Prediction studies:");
    for (String name : StudyDefinition.SHIPPED) {
      StudyDefinition def = StudyDefinition.load(name);
      try {
        StudyCommand.Ran ran = StudyCommand.runStudy(def, name, def.model().seed(), warehouse, out);
        console.print(StudyCommand.summary(ran.result()).indent(2));
        report = report.with(PredictionSections.of(ran.result()));
      } catch (TooFewOutcomesException e) { // a small population may have too few outcomes: say so, in the report too
        console.println("  " + name + ": " + e.getMessage());
        report = report.with(PredictionSections.notTrained(e));
      } catch (MedmineUserException e) {
        console.println("  " + name + ": " + e.getMessage());
      }
    }
    for (String name : StudyDefinition.SHIPPED_REGRESSION) {
      StudyDefinition def = StudyDefinition.load(name);
      try {
        StudyCommand.RegressionRan ran = StudyCommand.runRegression(def, name, def.model().seed(), warehouse, out);
        console.print(StudyCommand.summary(ran.result()).indent(2));
        report = report.with(PredictionSections.of(ran.result()));
      } catch (MedmineUserException e) {
        console.println("  " + name + ": " + e.getMessage());
      }
    }
    return report;
  }
}
