package org.medmine.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medmine.apps.prediction.StudyApp;
import org.medmine.apps.prediction.StudyDefinition;
import org.medmine.apps.prediction.StudyFiles;
import org.medmine.apps.prediction.StudyOptions;
import org.medmine.apps.prediction.StudyRun;
import org.medmine.context.AnalysisContext;
import org.medmine.model.MedmineUserException;
import org.medmine.report.HtmlReport;

/**
 * The demo's prediction step: the shipped studies run as {@link StudyApp}s in the demo's context,
 * their summaries, their files (for a trained study) and their model-card sections.
 */
final class PredictionStep {
  private PredictionStep() {}

  static HtmlReport run(AnalysisContext context, DemoHost host, Path out, HtmlReport report) {
    PrintWriter console = host.console();
    console.println();
    console.println("Prediction studies:");
    List<String> studies = new ArrayList<>(StudyDefinition.SHIPPED);
    studies.addAll(StudyDefinition.SHIPPED_REGRESSION);
    for (String name : studies) {
      try {
        StudyRun run = context.run(new StudyApp(), new StudyOptions(name, null));
        if (run.trained()) {
          StudyFiles.write(run, out);
          console.print(run.toText().indent(2));
        } else { // a small population may have too few outcomes: say so, in the report too
          console.println("  " + name + ": " + run.notTrainedReason());
        }
        report = report.with(run.toSections());
      } catch (MedmineUserException e) {
        console.println("  " + name + ": " + e.getMessage());
      }
    }
    return report;
  }
}
