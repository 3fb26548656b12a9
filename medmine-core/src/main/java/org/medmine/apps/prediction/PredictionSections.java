package org.medmine.apps.prediction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medmine.mining.predict.Fairness;
import org.medmine.report.BarChart;
import org.medmine.report.Html;
import org.medmine.report.ReportSection;
import org.medmine.report.XyChart;

/**
 * A prediction study's model card: the cohort and its attrition, held-out metrics beside the
 * clinical baseline, ROC, precision-recall and calibration curves, the SHAP summary, odds ratios,
 * the tree's rules and the fairness table with flagged gaps.
 */
public final class PredictionSections {
  private PredictionSections() {}

  static ReportSection of(StudyResult r) {
    StringBuilder sb = new StringBuilder();
    StudyResult.Split s = r.split();
    sb.append(cohortParagraphs(r.study(), r.cohort(), s, r.seed()));
    sb.append(
        Html.paragraph(
            String.format(
                Locale.ROOT,
                "%,d covariates; hyper-parameters by %d-fold cross-validation on"
                    + " the training patients.",
                r.features().size(),
                r.study().model().folds())));
    List<ModelResult> all = new ArrayList<>(r.models());
    if (r.baseline() != null) {
      all.add(r.baseline());
    }
    sb.append(metricsTable(all));
    sb.append(worseThanChanceNote(all, s, r.study().model().folds()));
    sb.append(curves(all));
    sb.append(shapSummary(r));
    sb.append("<h3>Logistic regression: odds ratios per standard deviation</h3>\n");
    sb.append(
        Html.table(
            List.of("covariate", "odds ratio"),
            r.oddsRatios().stream().<List<?>>map(f -> List.of(f.feature(), f.value())).toList()));
    sb.append("<h3>Decision tree as rules</h3>\n<pre>")
        .append(Html.escape(String.join("\n", r.treeRules())))
        .append("</pre>\n");
    sb.append(fairness(r.fairness()));
    return ReportSection.of(sectionId(r.study()), "Prediction: " + r.study().name(), sb.toString());
  }

  /**
   * The held-out part of a model card, for a card other than a study's ({@code medmine learn}): the
   * metrics table, the ROC, precision-recall and calibration curves, the SHAP summary and the
   * fairness table (when an attribute was audited).
   */
  public static String heldOut(
      List<ModelResult> models, List<StudyResult.Factor> shap, List<Fairness.Audit> fairness) {
    return metricsTable(models)
        + curves(models)
        + (shap.isEmpty()
            ? Html.paragraph("No SHAP summary: every SHAP value is 0.")
            : shapBars(shap))
        + (fairness.isEmpty() ? "" : fairness(fairness));
  }

  private static String metricsTable(List<ModelResult> all) {
    List<List<?>> rows = new ArrayList<>();
    for (ModelResult m : all) {
      rows.add(
          List.of(
              m.name(),
              m.settings(),
              fmt(m.cvAuroc()) + chance(m.cvAuroc()),
              fmt(m.auroc().auc())
                  + " ("
                  + fmt(m.auroc().lower())
                  + "–"
                  + fmt(m.auroc().upper())
                  + ")"
                  + chance(m.auroc().auc()),
              fmt(m.auprc()),
              fmt(m.brier()),
              fmt(m.calibrationIntercept()),
              fmt(m.calibrationSlope()),
              String.format(
                  Locale.ROOT,
                  "%s / %s / %s @ %s",
                  fmt(m.atThreshold().sensitivity()),
                  fmt(m.atThreshold().specificity()),
                  fmt(m.atThreshold().ppv()),
                  fmt(m.atThreshold().threshold()))));
    }
    return Html.table(
        List.of(
            "model",
            "settings",
            "CV AUROC",
            "AUROC (95% CI, DeLong)",
            "AUPRC",
            "Brier",
            "calibration intercept",
            "calibration slope",
            "sens / spec / PPV @ threshold"),
        rows);
  }

  /** ROC, precision-recall and calibration curves of every model on the test patients. */
  private static String curves(List<ModelResult> all) {
    XyChart roc =
        XyChart.of("ROC curve (test patients)", "false-positive rate", "true-positive rate")
            .xRange(0, 1)
            .yRange(0, 1)
            .diagonal();
    XyChart pr =
        XyChart.of("Precision-recall curve (test patients)", "recall", "precision")
            .xRange(0, 1)
            .yRange(0, 1);
    XyChart cal =
        XyChart.of(
                "Calibration (deciles of predicted risk)", "mean predicted risk", "observed rate")
            .xRange(0, 1)
            .yRange(0, 1)
            .diagonal();
    for (ModelResult m : all) {
      roc.curve(m.name(), col(m.roc(), 0), col(m.roc(), 1));
      pr.curve(m.name(), col(m.pr(), 0), col(m.pr(), 1));
      if (!m.calibrationCurve().isEmpty()) {
        cal.line(m.name(), col(m.calibrationCurve(), 0), col(m.calibrationCurve(), 1));
      }
    }
    return roc.svg() + pr.svg() + cal.svg();
  }

  private static String shapSummary(StudyResult r) {
    if (r.shap().isEmpty()) {
      return Html.paragraph(
          String.format(
              Locale.ROOT,
              "No SHAP summary: every SHAP value of the boosted trees on the test"
                  + " rows is 0. The trees give every patient the same risk (AUROC %s): with %,d training outcomes they found no split"
                  + " to make, so no covariate moves a prediction.",
              fmt(r.boosted().auroc().auc()),
              r.split().trainOutcomes()));
    }
    return shapBars(r.shap());
  }

  private static String shapBars(List<StudyResult.Factor> shap) {
    List<String> labels =
        shap.stream().map(f -> (f.direction() > 0 ? "↑ " : "↓ ") + f.feature()).toList();
    return new BarChart(
            "SHAP summary: mean |SHAP| of the boosted trees (↑ raises risk as the value rises)",
            "mean |SHAP| (log-odds)",
            labels,
            shap.stream().map(StudyResult.Factor::value).toList())
        .svg();
  }

  private static String fairness(List<Fairness.Audit> audits) {
    List<List<?>> fr = new ArrayList<>();
    for (Fairness.Audit a : audits) {
      for (Fairness.Group g : a.groups()) {
        fr.add(
            List.of(
                a.attribute(),
                g.name(),
                g.n(),
                g.outcomes(),
                fmt(g.auroc()),
                fmt(g.calibrationInTheLarge()),
                fmt(g.tpr()),
                fmt(g.fpr()),
                g == a.groups().get(0)
                    ? (a.flagged().isEmpty()
                        ? "none"
                        : "gap > 0.1 in " + String.join(", ", a.flagged()))
                    : ""));
      }
    }
    return "<h3>Fairness of the boosted trees (test patients)</h3>\n"
        + Html.table(
            List.of(
                "attribute",
                "group",
                "n",
                "outcomes",
                "AUROC",
                "calibration-in-the-large",
                "TPR",
                "FPR",
                "flagged"),
            fr)
        + "<p class=\"note\">Gaps compare groups of at least 10 test rows; smaller groups are shown but not compared."
        + " On a small population every figure here has a wide interval.</p>\n";
  }

  /**
   * The section of a study whose cohort has too few outcomes to fit a model: who was in it, the
   * attrition and the split, and why no model was trained, so that a small population's report says
   * so rather than leaving it out.
   */
  static ReportSection notTrained(TooFewOutcomesException e) {
    String body =
        cohortParagraphs(e.study(), e.cohort(), e.split(), e.seed())
            + "<p class=\"note\"><strong>No model trained.</strong> "
            + Html.escape(e.getMessage())
            + " The studies' figures on a 2,000-patient population, and how to reproduce them, are in docs/prediction.md.</p>\n";
    return ReportSection.of(
        sectionId(e.study()), "Prediction: " + e.study().name() + " (not trained)", body);
  }

  private static String cohortParagraphs(
      StudyDefinition study, Cohort c, StudyResult.Split s, long seed) {
    return Html.paragraph(study.description())
        + Html.paragraph(
            String.format(
                Locale.ROOT,
                "%,d index events; excluded %s; %,d censored (left observation before the end of the time at risk without the"
                    + " outcome, %,d of them by death), not counted as negatives. Kept: %,d index events of %,d patients, %,d with"
                    + " the outcome. Split by patient (seed %d): training %,d events of %,d patients (%,d outcomes), test %,d events"
                    + " of %,d patients (%,d outcomes).",
                c.candidates(),
                c.excluded(),
                c.censored(),
                c.censoredByDeath(),
                c.events().size(),
                c.patients(),
                c.outcomes(),
                seed,
                s.trainRows(),
                s.trainPatients(),
                s.trainOutcomes(),
                s.testRows(),
                s.testPatients(),
                s.testOutcomes()));
  }

  private static String sectionId(StudyDefinition study) {
    return "prediction-" + study.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  /** The card of a regression study (length of stay). */
  static ReportSection of(RegressionResult r) {
    StringBuilder sb = new StringBuilder();
    StudyResult.Split s = r.split();
    sb.append(Html.paragraph(r.study().description()));
    sb.append(
        Html.paragraph(
            String.format(
                Locale.ROOT,
                "%,d index events; excluded %s. Kept: %,d stays of %,d patients. Split by patient (seed %d): training %,d stays of"
                    + " %,d patients, test %,d stays of %,d patients. %,d covariates known at admission; hyper-parameters by"
                    + " %d-fold cross-validation on the training patients.",
                r.cohort().candidates(),
                r.cohort().excluded(),
                r.cohort().events().size(),
                r.cohort().patients(),
                r.seed(),
                s.trainRows(),
                s.trainPatients(),
                s.testRows(),
                s.testPatients(),
                r.features().size(),
                r.study().model().folds())));
    List<List<?>> rows = new ArrayList<>();
    for (RegressionResult.Model m : r.models()) {
      rows.add(
          List.of(
              m.name(), m.settings(), fmt(m.cvRmse()), fmt(m.mae()), fmt(m.rmse()), fmt(m.r2())));
    }
    sb.append(
        Html.table(
            List.of("model", "settings", "CV RMSE (days)", "MAE (days)", "RMSE (days)", "R²"),
            rows));
    List<String> labels =
        r.shap().stream().map(f -> (f.direction() > 0 ? "+ " : "− ") + f.feature()).toList();
    sb.append(
        new BarChart(
                "SHAP summary: mean |SHAP| of the boosted trees (days)",
                "mean |SHAP| (days)",
                labels,
                r.shap().stream().map(StudyResult.Factor::value).toList())
            .svg());
    return ReportSection.of(sectionId(r.study()), "Prediction: " + r.study().name(), sb.toString());
  }

  /** Training outcomes below which an AUROC rests on too few patients to say more than that. */
  private static final int FEW_OUTCOMES = 20;

  /**
   * An AUROC below which a model ranks worse than chance: under 0.5 as the card shows it, to three
   * decimals (a constant model's 0.4999999 is chance, not worse).
   */
  public static final double WORSE_THAN_CHANCE = 0.4995;

  /** " (worse than chance)" after an AUROC below {@link #WORSE_THAN_CHANCE}, else nothing. */
  static String chance(double auroc) {
    return auroc < WORSE_THAN_CHANCE ? " (worse than chance)" : "";
  }

  /** What an AUROC below 0.5 means, when a model has one. */
  private static String worseThanChanceNote(
      List<ModelResult> models, StudyResult.Split s, int folds) {
    List<String> worse =
        models.stream()
            .filter(m -> m.cvAuroc() < WORSE_THAN_CHANCE || m.auroc().auc() < WORSE_THAN_CHANCE)
            .map(ModelResult::name)
            .toList();
    if (worse.isEmpty()) {
      return "";
    }
    String why =
        s.trainOutcomes() < FEW_OUTCOMES
            ? String.format(
                Locale.ROOT,
                " With %,d training outcomes over %d cross-validation folds (and %,d test outcomes), the"
                    + " figure rests on a handful of patients: the study is too small to judge the model.",
                s.trainOutcomes(),
                folds,
                s.testOutcomes())
            : " Check the outcome definition and the covariates before using the model.";
    return "<p class=\"note\"><strong>Worse than chance:</strong> "
        + Html.escape(
            String.join(", ", worse)
                + (worse.size() == 1 ? " has" : " have")
                + " an AUROC below 0.5, the score of a coin: ranked by the model, patients with the outcome come"
                + " below those without more often than above."
                + why)
        + "</p>\n";
  }

  private static double[] col(List<double[]> points, int k) {
    return points.stream().mapToDouble(p -> p[k]).toArray();
  }

  private static String fmt(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "—";
  }
}
