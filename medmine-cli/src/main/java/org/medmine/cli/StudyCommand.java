package org.medmine.cli;

import org.medmine.model.MedmineVersion;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.medmine.apps.prediction.ModelCard;
import org.medmine.apps.prediction.ModelResult;
import org.medmine.apps.prediction.Provenance;
import org.medmine.apps.prediction.RegressionResult;
import org.medmine.apps.prediction.RegressionRunner;
import org.medmine.apps.prediction.SavedModel;
import org.medmine.apps.prediction.StudyDefinition;
import org.medmine.apps.prediction.StudyResult;
import org.medmine.apps.prediction.StudyRunner;
import org.medmine.apps.prediction.TooFewOutcomesException;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.AccessLayer;
import org.medmine.report.HtmlReport;
import org.medmine.report.PredictionSections;
import org.medmine.report.ReportOptions;
import org.medmine.report.ReportSection;
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
            + " at_threshold}], baseline, shap_top, odds_ratios_top, tree_rules, fairness}.",
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
    public Integer call() throws Exception {
      if (!Files.isRegularFile(warehouse.file)) {
        throw new MedmineUserException("No warehouse at " + warehouse.file + ": run 'medmine ingest' first or give --warehouse.");
      }
      AuditSession.current().useRole(role);
      StudyDefinition def = StudyDefinition.load(study);
      long s = seed != null ? seed : def.model().seed();
      Files.createDirectories(out);
      PrintWriter pw = spec.commandLine().getOut();
      if (def.isRegression()) {
        RegressionRan rr = runRegression(def, study, s, warehouse.file, out);
        pw.print(output.json() ? Json.write(rr.card()) + System.lineSeparator() : summary(rr.result()));
        if (!output.json()) {
          pw.println("Model card: " + out.resolve(def.name() + "-card.html") + "; model: " + out.resolve(def.name() + "-model.json"));
        }
        return ExitCodes.OK;
      }
      Ran ran;
      try {
        ran = runStudy(def, study, s, warehouse.file, out);
      } catch (TooFewOutcomesException e) {
        return notTrained(def, e, out, pw, output.json());
      }
      if (output.json()) {
        pw.println(Json.write(ran.card()));
      } else {
        pw.print(summary(ran.result()));
        pw.println("Model card: " + out.resolve(def.name() + "-card.html") + "; model: " + out.resolve(def.name() + "-model.json"));
      }
      return ExitCodes.OK;
    }
  }

  /**
   * A study whose cohort has too few outcomes: not a user error (the study and options are fine) but a negative
   * verdict, exit 3; the card (HTML and JSON, {@code trained: false}) shows the cohort and says why, and no model
   * is written.
   */
  static int notTrained(StudyDefinition def, TooFewOutcomesException e, Path dir, PrintWriter pw, boolean json) {
    Map<String, Object> card = ModelCard.notTrained(e);
    try {
      Files.writeString(dir.resolve(def.name() + "-card.json"), Json.write(card));
    } catch (java.io.IOException io) {
      throw new java.io.UncheckedIOException(io);
    }
    HtmlReport.empty(ReportOptions.defaults("0.1.0")).with(PredictionSections.notTrained(e)).write(dir.resolve(def.name() + "-card.html"));
    if (json) {
      pw.println(Json.write(card));
    } else {
      pw.println(e.getMessage());
      pw.println("No model written; the card shows the cohort and its attrition: " + dir.resolve(def.name() + "-card.html"));
    }
    return ExitCodes.NEGATIVE_VERDICT;
  }

  /** A study's result and its model card JSON. */
  record Ran(StudyResult result, Map<String, Object> card) {}

  /** Runs {@code def} on {@code wh} through the access layer, in the command's role; writes NAME-card.html, NAME-card.json and NAME-model.json to {@code dir}. */
  static Ran runStudy(StudyDefinition def, String source, long s, Path wh, Path dir) {
    Read<StudyResult> r = read(wh, c -> StudyRunner.run(c, def, s));
    Provenance p = Provenance.of(wh, source, s, r.excluded());
    Map<String, Object> card = ModelCard.json(r.result(), p);
    writeOutputs(def, dir, card, SavedModel.of(r.result(), p), PredictionSections.of(r.result()));
    return new Ran(r.result(), card);
  }

  /** A regression study's result and its model card JSON. */
  record RegressionRan(RegressionResult result, Map<String, Object> card) {}

  /** Runs a regression study; writes NAME-card.html, NAME-card.json and NAME-model.json (the boosted trees) to {@code dir}. */
  static RegressionRan runRegression(StudyDefinition def, String source, long s, Path wh, Path dir) {
    Read<RegressionResult> r = read(wh, c -> RegressionRunner.run(c, def, s));
    Provenance p = Provenance.of(wh, source, s, r.excluded());
    Map<String, Object> card = ModelCard.json(r.result(), p);
    writeOutputs(def, dir, card, SavedModel.of(r.result(), p), PredictionSections.of(r.result()));
    return new RegressionRan(r.result(), card);
  }

  /** What a study read: its result, and how many patients consent left out. */
  private record Read<R>(R result, int excluded) {}

  private static <R> Read<R> read(Path wh, Function<Connection, R> runner) {
    try (AccessLayer access = WarehouseAccess.read(wh)) {
      return new Read<>(runner.apply(access.connection()), access.excludedPatients());
    }
  }

  /** Writes the model, the card JSON and the card HTML of {@code def} to {@code dir}. */
  private static void writeOutputs(StudyDefinition def, Path dir, Map<String, Object> card, SavedModel model, ReportSection section) {
    model.write(dir.resolve(def.name() + "-model.json"));
    try {
      Files.writeString(dir.resolve(def.name() + "-card.json"), Json.write(card));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    HtmlReport.empty(ReportOptions.defaults(MedmineVersion.get())).with(section).write(dir.resolve(def.name() + "-card.html"));
  }

  static String summary(RegressionResult r) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s: %,d stays of %,d patients; test %,d stays%n",
        r.study().name(), r.cohort().events().size(), r.cohort().patients(), r.split().testRows()));
    for (RegressionResult.Model m : r.models()) {
      sb.append(String.format(Locale.ROOT, "  %-26s MAE %.2f  RMSE %.2f  R² %.3f (days)%n", m.name(), m.mae(), m.rmse(), m.r2()));
    }
    return sb.toString();
  }

  /** A few lines for people: cohort, and each model's AUROC with its interval. */
  static String summary(StudyResult r) {
    StringBuilder sb = new StringBuilder();
    StudyResult.Split s = r.split();
    sb.append(String.format(Locale.ROOT, "%s: %,d index events of %,d patients, %,d outcomes (%,d censored, excluded %s)%n",
        r.study().name(), r.cohort().events().size(), r.cohort().patients(), r.cohort().outcomes(), r.cohort().censored(),
        r.cohort().excluded()));
    sb.append(String.format(Locale.ROOT, "  split by patient: train %,d events (%,d outcomes), test %,d events (%,d outcomes); %,d covariates%n",
        s.trainRows(), s.trainOutcomes(), s.testRows(), s.testOutcomes(), r.features().size()));
    for (ModelResult m : r.models()) {
      sb.append(line(m));
    }
    if (r.baseline() != null) {
      sb.append(line(r.baseline()));
    }
    if (!r.shap().isEmpty()) {
      sb.append("  top SHAP factor: ").append(r.shap().get(0).feature()).append(System.lineSeparator());
    }
    return sb.toString();
  }

  private static String line(ModelResult m) {
    String ci = Double.isNaN(m.auroc().lower()) ? "no 95% CI: too few outcomes" : "95% CI " + f(m.auroc().lower()) + "-" + f(m.auroc().upper());
    String chance = (m.cvAuroc() < PredictionSections.WORSE_THAN_CHANCE
        ? String.format(Locale.ROOT, "  CV AUROC %s: worse than chance", f(m.cvAuroc())) : "")
        + (m.auroc().auc() < PredictionSections.WORSE_THAN_CHANCE ? "  (test AUROC worse than chance)" : "");
    return String.format(Locale.ROOT, "  %-26s AUROC %s (%s)  AUPRC %s  Brier %s%s%n", m.name(), f(m.auroc().auc()), ci, f(m.auprc()),
        f(m.brier()), chance);
  }

  private static String f(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "-";
  }
}
