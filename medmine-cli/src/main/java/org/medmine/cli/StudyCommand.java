package org.medmine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medmine.apps.prediction.StudyApp;
import org.medmine.apps.prediction.StudyOptions;
import org.medmine.apps.prediction.StudyRun;
import org.medmine.context.AnalysisContext;
import org.medmine.model.MedmineUserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medmine study run NAME|FILE}: a patient-level prediction study and its model card. */
@Command(name = "study", mixinStandardHelpOptions = true, subcommands = StudyCommand.Run.class,
    description = "Patient-level prediction studies (target cohort, outcome, time at risk, covariates). Shipped: readmission-30d, t2d-onset-1y, los-inpatient (length of stay, regression).")
final class StudyCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = {
        "Runs a study through the consent-filtered access layer: cohort, covariates, a split by patient, logistic"
            + " regression, a decision tree and boosted trees tuned by cross-validation on the training patients, the"
            + " LACE baseline where the study asks for it; writes NAME-card.html, NAME-card.json and NAME-model.json"
            + " (for 'medmine predict') to --out.",
        "JSON (--format json): the model card: {study, provenance, definition, trained, cohort, split, features, models:"
            + " [{model, settings, cv_auroc, auroc, auroc_ci95, auprc, brier, calibration_intercept, calibration_slope,"
            + " at_threshold}], baseline, shap_top, odds_ratios_top, tree_rules, fairness, run}.",
        "A cohort with too few outcomes to train is no user error: the command says why, writes the card (trained: false,"
            + " reason) but no model, and exits 3."
      })
  static final class Run implements Callable<Integer> {
    @Mixin WarehouseOption warehouse;
    @Mixin FormatOption output;

    @Parameters(paramLabel = "NAME|FILE", description = "A shipped study (readmission-30d, t2d-onset-1y, los-inpatient) or a study JSON file.")
    String study;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the split, folds and trees. Default: the study's.")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "Folder for the card and the model (default: the current folder).")
    Path out;

    @Option(names = "--role", paramLabel = "ROLE", description = "Access role (analyst: de-identified warehouses only). Default: $MEDMINE_ROLE, else admin.")
    String role;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (!Files.isRegularFile(warehouse.file)) {
        throw new MedmineUserException("No warehouse at " + warehouse.file + ": run 'medmine ingest' first or give --warehouse.");
      }
      StudyOptions options = new StudyOptions(study, seed);
      Files.createDirectories(out);
      StudyRun result;
      try (AnalysisContext context = Contexts.open(spec, warehouse.file, role)) {
        result = context.run(new StudyApp(), options);
      }
      StudyFiles.write(result, out);
      output.print(spec, result);
      PrintWriter pw = spec.commandLine().getOut();
      String name = result.study().name();
      if (!output.json() && result.trained()) {
        pw.println("Model card: " + out.resolve(name + "-card.html") + "; model: " + out.resolve(name + "-model.json"));
      } else if (!output.json()) {
        pw.println("No model written; the card shows the cohort and its attrition: " + out.resolve(name + "-card.html"));
      }
      return result.trained() ? ExitCodes.OK : ExitCodes.NEGATIVE_VERDICT;
    }
  }
}
