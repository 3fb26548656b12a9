package org.medmine.apps.prediction;

import java.util.Locale;

/**
 * A study's result in a few lines for people: the cohort and its split, then each model's held-out
 * figures.
 */
final class StudyText {
  private StudyText() {}

  /** The cohort, the split and each model's AUROC with its interval, AUPRC and Brier score. */
  static String summary(StudyResult r) {
    StringBuilder sb = new StringBuilder();
    StudyResult.Split s = r.split();
    sb.append(
        String.format(
            Locale.ROOT,
            "%s: %,d index events of %,d patients, %,d outcomes (%,d censored, excluded %s)%n",
            r.study().name(),
            r.cohort().events().size(),
            r.cohort().patients(),
            r.cohort().outcomes(),
            r.cohort().censored(),
            r.cohort().excluded()));
    sb.append(
        String.format(
            Locale.ROOT,
            "  split by patient: train %,d events (%,d outcomes), test %,d events (%,d outcomes); %,d covariates%n",
            s.trainRows(),
            s.trainOutcomes(),
            s.testRows(),
            s.testOutcomes(),
            r.features().size()));
    for (ModelResult m : r.models()) {
      sb.append(line(m));
    }
    if (r.baseline() != null) {
      sb.append(line(r.baseline()));
    }
    if (!r.shap().isEmpty()) {
      sb.append("  top SHAP factor: ")
          .append(r.shap().get(0).feature())
          .append(System.lineSeparator());
    }
    return sb.toString();
  }

  /** The stays, and each model's MAE, RMSE and R² in days. */
  static String summary(RegressionResult r) {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%s: %,d stays of %,d patients; test %,d stays%n",
                r.study().name(),
                r.cohort().events().size(),
                r.cohort().patients(),
                r.split().testRows()));
    for (RegressionResult.Model m : r.models()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-26s MAE %.2f  RMSE %.2f  R² %.3f (days)%n",
              m.name(),
              m.mae(),
              m.rmse(),
              m.r2()));
    }
    return sb.toString();
  }

  private static String line(ModelResult m) {
    String ci =
        Double.isNaN(m.auroc().lower())
            ? "no 95% CI: too few outcomes"
            : "95% CI " + f(m.auroc().lower()) + "-" + f(m.auroc().upper());
    String chance =
        (m.cvAuroc() < PredictionSections.WORSE_THAN_CHANCE
                ? String.format(Locale.ROOT, "  CV AUROC %s: worse than chance", f(m.cvAuroc()))
                : "")
            + (m.auroc().auc() < PredictionSections.WORSE_THAN_CHANCE
                ? "  (test AUROC worse than chance)"
                : "");
    return String.format(
        Locale.ROOT,
        "  %-26s AUROC %s (%s)  AUPRC %s  Brier %s%s%n",
        m.name(),
        f(m.auroc().auc()),
        ci,
        f(m.auprc()),
        f(m.brier()),
        chance);
  }

  private static String f(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "-";
  }
}
