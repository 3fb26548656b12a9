package org.medmine.apps.prediction.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.apps.prediction.ModelCard;
import org.medmine.apps.prediction.ModelResult;
import org.medmine.apps.prediction.RegressionResult;
import org.medmine.ingest.table.ColumnKind;
import org.medmine.ingest.table.ColumnProfile;

/**
 * The model card of {@code medmine learn}: the study card's model figures (each model as {@link
 * ModelCard#metrics} writes it, so {@code models[].auroc} and the rest keep the study card's names;
 * a regression's as the length-of-stay card writes them), the SHAP summary, tree rules and fairness
 * table, plus what a table needs: its columns with their types and encodings, the missing-value
 * tokens recognised and seen, the rows and the split, and the file's provenance.
 */
final class LearnCard {
  private LearnCard() {}

  static Map<String, Object> json(LearnResult r) {
    LearnedModel m = r.model();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("data", r.options().data().toString());
    out.put("target", m.target().column());
    out.put("task", m.target().regression() ? "regression" : "classification");
    out.put("positive", m.target().positive());
    out.put("provenance", r.source());
    out.put("trained", true);
    Map<String, Object> missing = new LinkedHashMap<>();
    missing.put("tokens", r.tokens());
    missing.put("seen", r.tokensSeen());
    out.put("missing_values", missing);
    out.put("rows", rows(r));
    out.put("split", split(r));
    out.put("columns", columns(r));
    out.put("features", m.encoding().features().size());
    out.put("models", models(m));
    out.put("threshold", ModelCard.num(m.threshold()));
    out.put("shap_top", m.shap());
    out.put("tree_rules", m.treeRules());
    out.put("fairness", ModelCard.fairness(m.fairness()));
    return out;
  }

  private static Map<String, Object> rows(LearnResult r) {
    Map<String, Object> rows = new LinkedHashMap<>();
    rows.put("with_target", r.data().size());
    rows.put("without_target", r.data().rowsWithoutTarget());
    return rows;
  }

  private static Map<String, Object> split(LearnResult r) {
    TableSplit s = r.model().split();
    double[] y = r.model().target().y();
    Map<String, Object> split = new LinkedHashMap<>();
    split.put("group", r.options().group());
    split.put("test_fraction", TableSplit.TEST_FRACTION);
    split.put("folds", TableSplit.FOLDS);
    split.put("train_rows", s.train().length);
    split.put("train_groups", s.trainGroups());
    split.put("test_rows", s.test().length);
    split.put("test_groups", s.testGroups());
    if (!r.model().target().regression()) {
      split.put("train_outcomes", count(y, s.train()));
      split.put("test_outcomes", count(y, s.test()));
    }
    return split;
  }

  private static int count(double[] y, int[] rows) {
    int n = 0;
    for (int i : rows) {
      n += (int) y[i];
    }
    return n;
  }

  private static List<Object> columns(LearnResult r) {
    List<Object> out = new ArrayList<>();
    List<ColumnEncoding> encodings = r.model().encoding().columns();
    for (int j = 0; j < encodings.size(); j++) {
      ColumnProfile p = r.data().columns().get(j);
      ColumnEncoding e = encodings.get(j);
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("name", p.name());
      c.put("type", p.kind().label());
      c.put("type_reason", p.reason());
      c.put("missing", p.missing());
      c.put("distinct", p.distinct());
      c.put("encoding", e.method());
      c.put("features", e.features());
      if (p.kind() == ColumnKind.CODE) {
        c.put("code_system", p.icd9() ? "ICD-9-CM" : "ICD-10");
      }
      out.add(c);
    }
    return out;
  }

  private static List<Object> models(LearnedModel m) {
    List<Object> out = new ArrayList<>();
    for (ModelResult model : m.models()) {
      out.add(ModelCard.metrics(model));
    }
    for (RegressionResult.Model model : m.regression()) {
      Map<String, Object> mm = new LinkedHashMap<>();
      mm.put("model", model.name());
      mm.put("settings", model.settings());
      mm.put("cv_rmse", ModelCard.num(model.cvRmse()));
      mm.put("mae", ModelCard.num(model.mae()));
      mm.put("rmse", ModelCard.num(model.rmse()));
      mm.put("r2", ModelCard.num(model.r2()));
      out.add(mm);
    }
    return out;
  }
}
