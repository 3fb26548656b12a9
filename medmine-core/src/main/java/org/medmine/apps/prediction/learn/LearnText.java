package org.medmine.apps.prediction.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medmine.apps.prediction.ModelResult;
import org.medmine.apps.prediction.PredictionSections;
import org.medmine.apps.prediction.RegressionResult;
import org.medmine.ingest.table.ColumnProfile;
import org.medmine.report.Html;
import org.medmine.report.ReportSection;

/** The learn card for people: a few console lines, and the HTML report section. */
final class LearnText {
  private LearnText() {}

  static String summary(LearnResult r) {
    LearnedModel m = r.model();
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%s: %s of '%s'%s; %,d rows (%,d without a target left out)%n",
            r.options().data(),
            m.target().regression() ? "regression" : "classification",
            m.target().column(),
            m.target().positive() == null ? "" : " = '" + m.target().positive() + "'",
            r.data().size(),
            r.data().rowsWithoutTarget()));
    b.append(
        String.format(
            Locale.ROOT,
            "split%s: train %,d rows, test %,d rows; %d features%n",
            r.options().group() == null ? "" : " by " + r.options().group(),
            m.split().train().length,
            m.split().test().length,
            m.encoding().features().size()));
    b.append("missing-value tokens seen: ").append(r.tokensSeen()).append(System.lineSeparator());
    for (int j = 0; j < r.data().columns().size(); j++) {
      ColumnProfile p = r.data().columns().get(j);
      b.append(
          String.format(
              Locale.ROOT,
              "  %-28s %-12s %-20s %s%n",
              p.name(),
              p.kind().label(),
              m.encoding().columns().get(j).method(),
              p.reason()));
    }
    for (ModelResult x : m.models()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-26s AUROC %.3f (%.3f-%.3f)  AUPRC %.3f  Brier %.4f  cv AUROC %.3f  [%s]%n",
              x.name(),
              x.auroc().auc(),
              x.auroc().lower(),
              x.auroc().upper(),
              x.auprc(),
              x.brier(),
              x.cvAuroc(),
              x.settings()));
    }
    for (RegressionResult.Model x : m.regression()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-26s MAE %.4f  RMSE %.4f  R2 %.3f  [%s]%n",
              x.name(),
              x.mae(),
              x.rmse(),
              x.r2(),
              x.settings()));
    }
    return b.toString();
  }

  static ReportSection section(LearnResult r) {
    LearnedModel m = r.model();
    StringBuilder sb = new StringBuilder();
    sb.append(
        Html.paragraph(
            String.format(
                Locale.ROOT,
                "%s of '%s' in %s (SHA-256 %s), seed %d: %,d rows with a target, %,d training and %,d test"
                    + " rows%s; %d features; hyper-parameters by %d-fold cross-validation on the training"
                    + " rows, each fold with its own encodings.",
                m.target().regression() ? "Regression" : "Classification",
                m.target().column(),
                r.options().data(),
                r.source().dataSha256(),
                r.options().seed(),
                r.data().size(),
                m.split().train().length,
                m.split().test().length,
                r.options().group() == null ? "" : " (split by " + r.options().group() + ")",
                m.encoding().features().size(),
                TableSplit.FOLDS)));
    sb.append(columnsTable(r));
    sb.append(
        Html.paragraph(
            "Missing-value tokens recognised: "
                + r.tokens()
                + "; cells seen per token: "
                + r.tokensSeen()
                + "."));
    if (m.target().regression()) {
      sb.append(
          Html.table(
              List.of("model", "settings", "CV RMSE", "MAE", "RMSE", "R²"),
              m.regression().stream()
                  .<List<?>>map(
                      x ->
                          List.of(
                              x.name(),
                              x.settings(),
                              fmt(x.cvRmse()),
                              fmt(x.mae()),
                              fmt(x.rmse()),
                              fmt(x.r2())))
                  .toList()));
    } else {
      sb.append(PredictionSections.heldOut(m.models(), m.shap(), m.fairness()));
    }
    return ReportSection.of(
        "learn",
        "Learn: " + m.target().column() + " in " + r.options().data().getFileName(),
        sb.toString());
  }

  private static String columnsTable(LearnResult r) {
    List<List<?>> columns = new ArrayList<>();
    for (int j = 0; j < r.data().columns().size(); j++) {
      ColumnProfile p = r.data().columns().get(j);
      columns.add(
          List.of(
              p.name(),
              p.kind().label(),
              p.reason(),
              p.missing(),
              p.distinct(),
              r.model().encoding().columns().get(j).method()));
    }
    return Html.table(List.of("column", "type", "why", "missing", "distinct", "encoding"), columns);
  }

  private static String fmt(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "—";
  }
}
