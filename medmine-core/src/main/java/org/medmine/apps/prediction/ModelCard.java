package org.medmine.apps.prediction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.mining.predict.Fairness;

/**
 * The model card's JSON: provenance, the cohort and its attrition, the split, each model's held-out
 * metrics beside the baseline, explanations and the fairness audit. Numbers that do not exist (an
 * AUROC of a group without outcomes) are null. The format is stable: keys are only ever added.
 */
public final class ModelCard {
  private ModelCard() {}

  public static Map<String, Object> json(StudyResult r, Provenance p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("study", r.study().name());
    out.put("description", r.study().description());
    out.put("provenance", p);
    out.put("definition", r.study());
    out.put("trained", true);
    out.put("cohort", cohort(r.cohort()));
    out.put("split", r.split());
    out.put("features", r.features().size());
    List<Object> models = new ArrayList<>();
    for (ModelResult m : r.models()) {
      models.add(metrics(m));
    }
    out.put("models", models);
    out.put("baseline", r.baseline() == null ? null : metrics(r.baseline()));
    out.put("shap_top", r.shap());
    out.put("odds_ratios_top", r.oddsRatios());
    out.put("tree_rules", r.treeRules());
    out.put("fairness", fairness(r.fairness()));
    return out;
  }

  /**
   * The card of a study that could not be trained ({@code trained: false}): the cohort, its
   * attrition and the split, and the reason, so a script learns why there is no model.
   */
  public static Map<String, Object> notTrained(TooFewOutcomesException e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("study", e.study().name());
    out.put("description", e.study().description());
    out.put("definition", e.study());
    out.put("trained", false);
    out.put("reason", e.getMessage());
    out.put("seed", e.seed());
    out.put("cohort", cohort(e.cohort()));
    out.put("split", e.split());
    return out;
  }

  private static Map<String, Object> cohort(Cohort c) {
    Map<String, Object> cohort = new LinkedHashMap<>();
    cohort.put("candidates", c.candidates());
    cohort.put("excluded", c.excluded());
    cohort.put("censored", c.censored());
    cohort.put("censored_by_death", c.censoredByDeath());
    cohort.put("index_events", c.events().size());
    cohort.put("patients", c.patients());
    cohort.put("outcomes", c.outcomes());
    cohort.put("data_end", String.valueOf(c.dataEnd()));
    return cohort;
  }

  /**
   * The card of a regression study: provenance, cohort, split, each model's MAE, RMSE and R², SHAP.
   */
  public static Map<String, Object> json(RegressionResult r, Provenance p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("study", r.study().name());
    out.put("description", r.study().description());
    out.put("provenance", p);
    out.put("definition", r.study());
    Map<String, Object> cohort = new LinkedHashMap<>();
    cohort.put("candidates", r.cohort().candidates());
    cohort.put("excluded", r.cohort().excluded());
    cohort.put("index_events", r.cohort().events().size());
    cohort.put("patients", r.cohort().patients());
    out.put("cohort", cohort);
    out.put("split", r.split());
    out.put("features", r.features().size());
    List<Object> models = new ArrayList<>();
    for (RegressionResult.Model m : r.models()) {
      Map<String, Object> mm = new LinkedHashMap<>();
      mm.put("model", m.name());
      mm.put("settings", m.settings());
      mm.put("cv_rmse", num(m.cvRmse()));
      mm.put("mae", num(m.mae()));
      mm.put("rmse", num(m.rmse()));
      mm.put("r2", num(m.r2()));
      models.add(mm);
    }
    out.put("models", models);
    out.put("shap_top", r.shap());
    return out;
  }

  /** The fairness audits as the card writes them: per attribute its groups, gaps and flags. */
  public static List<Object> fairness(List<Fairness.Audit> audits) {
    List<Object> fairness = new ArrayList<>();
    for (Fairness.Audit a : audits) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("attribute", a.attribute());
      List<Object> groups = new ArrayList<>();
      for (Fairness.Group g : a.groups()) {
        Map<String, Object> gm = new LinkedHashMap<>();
        gm.put("group", g.name());
        gm.put("n", g.n());
        gm.put("outcomes", g.outcomes());
        gm.put("auroc", num(g.auroc()));
        gm.put("calibration_in_the_large", num(g.calibrationInTheLarge()));
        gm.put("tpr", num(g.tpr()));
        gm.put("fpr", num(g.fpr()));
        groups.add(gm);
      }
      m.put("groups", groups);
      m.put("gaps", a.gaps());
      m.put("flagged", a.flagged());
      fairness.add(m);
    }
    return fairness;
  }

  /** One model's held-out figures as the card writes them ({@code models[]}). */
  public static Map<String, Object> metrics(ModelResult m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("model", m.name());
    out.put("settings", m.settings());
    out.put("cv_auroc", num(m.cvAuroc()));
    out.put("auroc", num(m.auroc().auc()));
    out.put("auroc_ci95", Arrays.asList(num(m.auroc().lower()), num(m.auroc().upper())));
    out.put("auprc", num(m.auprc()));
    out.put("brier", num(m.brier()));
    out.put("calibration_intercept", num(m.calibrationIntercept()));
    out.put("calibration_slope", num(m.calibrationSlope()));
    Map<String, Object> at = new LinkedHashMap<>();
    at.put("threshold", m.atThreshold().threshold());
    at.put("sensitivity", num(m.atThreshold().sensitivity()));
    at.put("specificity", num(m.atThreshold().specificity()));
    at.put("ppv", num(m.atThreshold().ppv()));
    at.put("npv", num(m.atThreshold().npv()));
    out.put("at_threshold", at);
    return out;
  }

  /** A number rounded to six decimals, or null where it does not exist. */
  public static Double num(double v) {
    return Double.isFinite(v) ? Math.round(v * 1e6) / 1e6 : null;
  }
}
