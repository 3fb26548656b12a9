package org.medmine.apps.prediction.federated;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.report.Html;
import org.medmine.report.ReportSection;
import org.medmine.report.ResultRows;

/**
 * The card of a simulated federation: the sites (organizations, patients, suppressed counts,
 * messages each sent and audited), the agreed vocabulary, each federated model's pooled and
 * per-site evaluation beside the pooled reference (calibration tenths of fewer than 11 events left
 * out, pooled as at the sites), the federated logistic regression's largest coefficient difference
 * from the pooled fit, the exclusions with their reasons and, with differential privacy, the budget
 * spent.
 *
 * @param study the study's name
 * @param parts the site warehouses
 * @param messages the messages each site sent (and audited), in the order of {@code parts}
 * @param outcome what federated training produced
 * @param pooled the pooled reference
 * @param log the coordinator's log (exclusions)
 * @param settings the training settings
 * @param sitesFolder where the site warehouses were kept, or null when removed
 * @param provenance where the result came from
 */
public record FederateResult(
    String study,
    List<SiteSplitter.SitePart> parts,
    List<Integer> messages,
    FederatedTraining.Outcome outcome,
    PooledReference pooled,
    List<String> log,
    FederatedTraining.Settings settings,
    Path sitesFolder,
    RunProvenance provenance)
    implements AppResult {

  @Override
  public Object toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("study", study);
    doc.put("sites", sites());
    doc.put("vocabulary", outcome.vocabulary().size());
    doc.put("newtonIterations", outcome.newton().iterations());
    Map<String, Object> agreement = new LinkedHashMap<>();
    agreement.put(
        "newtonLargestCoefficientDifference", pooled.largestDifference(outcome.newton().model()));
    agreement.put(
        "averagingLargestCoefficientDifference", pooled.largestDifference(outcome.averaging()));
    agreement.put("pooledLogisticAuroc", ResultRows.number(pooled.logisticAuroc()));
    agreement.put("pooledBoostedTreesAuroc", ResultRows.number(pooled.treesAuroc()));
    doc.put("pooledReference", agreement);
    List<Object> models = new ArrayList<>();
    for (FederatedTraining.Evaluation e : outcome.evaluations()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("model", e.model());
      m.put("heldOut", e.pooled().rows());
      m.put("heldOutOutcomes", e.pooled().outcomes());
      m.put("auroc", ResultRows.number(e.pooled().auroc()));
      m.put("brier", ResultRows.number(e.pooled().brier()));
      m.put(
          "calibration",
          e.pooled().calibration().stream().filter(c -> c[1] >= SiteFigures.SMALL_CELL).toList());
      m.put("sites", e.sites());
      models.add(m);
    }
    doc.put("models", models);
    doc.put("exclusions", outcome.exclusions());
    DifferentialPrivacy dp = settings.averaging().privacy();
    if (dp != null) {
      int rounds = settings.averaging().rounds();
      doc.put(
          "differentialPrivacy",
          Map.of("epsilon", dp.epsilon(rounds), "delta", dp.delta(), "rho", dp.rho(rounds)));
    }
    return doc;
  }

  private List<Map<String, Object>> sites() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int k = 0; k < parts.size(); k++) {
      SiteSplitter.SitePart p = parts.get(k);
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("site", p.site());
      s.put("organizations", p.organizations());
      s.put("patients", SiteFigures.suppressed(p.patients()));
      s.put("messagesSentAndAudited", messages.get(k));
      outcome.figures().stream()
          .filter(f -> f.site().equals(p.site()))
          .findFirst()
          .ifPresent(f -> s.put("figures", f));
      out.add(s);
    }
    return out;
  }

  @Override
  public String toText() {
    StringBuilder t = new StringBuilder();
    t.append("Federated study ").append(study).append(" across ").append(parts.size());
    t.append(" simulated sites (split by main organization); ");
    t.append(outcome.vocabulary().size()).append(" covariates agreed.\n");
    for (int k = 0; k < parts.size(); k++) {
      SiteSplitter.SitePart p = parts.get(k);
      t.append(
          "  %s: %d organizations, %s patients, %d messages sent and audited%n"
              .formatted(
                  p.site(),
                  p.organizations(),
                  shown(SiteFigures.suppressed(p.patients())),
                  messages.get(k)));
    }
    for (FederatedTraining.Evaluation e : outcome.evaluations()) {
      t.append(
          "  %-45s held-out AUROC %.3f, Brier %.3f%n"
              .formatted(e.model(), e.pooled().auroc(), e.pooled().brier()));
    }
    t.append(
        "  pooled reference: logistic AUROC %.3f, boosted trees (XGBoost) AUROC %.3f%n"
            .formatted(pooled.logisticAuroc(), pooled.treesAuroc()));
    t.append(
        "  federated Newton vs pooled coefficients: largest difference %.1e (%d iterations)%n"
            .formatted(
                pooled.largestDifference(outcome.newton().model()), outcome.newton().iterations()));
    log.forEach(line -> t.append("  ").append(line).append('\n'));
    if (sitesFolder != null) {
      t.append("  site warehouses: ").append(sitesFolder).append('\n');
    }
    return t.toString();
  }

  private static String shown(Long n) {
    return n == null ? "<11" : n.toString();
  }

  @Override
  public List<ReportSection> toSections() {
    return List.of(
        ReportSection.of(
            "federated", "Federated study " + study, "<pre>" + Html.escape(toText()) + "</pre>"));
  }
}
