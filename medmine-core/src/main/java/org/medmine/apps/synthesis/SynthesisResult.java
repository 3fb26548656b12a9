package org.medmine.apps.synthesis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.mining.predict.Metrics;
import org.medmine.report.ReportSection;
import org.medmine.report.ResultRows;

/**
 * What {@link SynthesisApp} made and measured: the synthetic warehouse and its rows, the split, the
 * privacy budget, and the fidelity and privacy report.
 *
 * @param out the synthetic warehouse written
 * @param split how many real patients were read, fitted and held out, and synthetic ones drawn
 * @param rows the synthetic warehouse's rows per table
 * @param budget the differential-privacy budget
 * @param fidelity marginals, associations and prevalence against the fitted half
 * @param privacy closest-record distances, membership inference and copies
 * @param utility train on synthetic, test on real
 * @param provenance where the result came from
 */
public record SynthesisResult(
    String out,
    Split split,
    Map<String, Long> rows,
    PrivacyBudget budget,
    Fidelity fidelity,
    Privacy privacy,
    TrainOnSynthetic utility,
    RunProvenance provenance)
    implements AppResult {

  /** Real patients read, fitted and held out; synthetic patients drawn. */
  public record Split(int real, int fitted, int heldOut, int synthetic) {}

  /** The membership-inference advantage (best TPR - FPR of the distance attack). */
  public double membershipAdvantage() {
    return privacy.membershipAdvantage();
  }

  /** Synthetic patients identical to a fitted real patient. */
  public int exactCopies() {
    return privacy.exactCopies();
  }

  /** Real minus synthetic-trained AUROC on the holdout, NaN when no task had enough outcomes. */
  public double aurocDifference() {
    return utility.difference();
  }

  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("out", out);
    doc.put("split", split);
    doc.put("rows", rows);
    doc.put("budget", budget);
    Map<String, Object> f = new LinkedHashMap<>();
    Map<String, Object> tvd = new LinkedHashMap<>();
    fidelity.marginals().forEach((k, v) -> tvd.put(k, ResultRows.number(v)));
    f.put("totalVariation", tvd);
    f.put("meanCramersVDifference", ResultRows.number(fidelity.meanAssociationDifference()));
    f.put("associations", fidelity.associations());
    f.put("prevalence", fidelity.prevalence());
    f.put("trainOnSynthetic", utilityJson());
    doc.put("fidelity", f);
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("syntheticDcrP5", ResultRows.number(privacy.syntheticDcr()[0]));
    p.put("syntheticDcrMedian", ResultRows.number(privacy.syntheticDcr()[1]));
    p.put("holdoutDcrP5", ResultRows.number(privacy.holdoutDcr()[0]));
    p.put("holdoutDcrMedian", ResultRows.number(privacy.holdoutDcr()[1]));
    p.put("membershipAdvantage", ResultRows.number(privacy.membershipAdvantage()));
    p.put("membershipAdvantageBestThreshold", ResultRows.number(privacy.bestAdvantage()));
    p.put("membershipThreshold", ResultRows.number(privacy.membershipThreshold()));
    p.put("attackedPerSide", privacy.attacked());
    p.put("exactCopies", privacy.exactCopies());
    p.put("exactCopyRate", ResultRows.number(rate(privacy.exactCopies())));
    p.put("nearCopies", privacy.nearCopies());
    p.put("nearCopyRate", ResultRows.number(rate(privacy.nearCopies())));
    doc.put("privacy", p);
    doc.put("run", provenance);
    return doc;
  }

  Map<String, Object> utilityJson() {
    Map<String, Object> u = new LinkedHashMap<>();
    u.put("outcome", utility.outcome());
    u.put("display", utility.display());
    u.put("realAuroc", auc(utility.realAuroc()));
    u.put("syntheticAuroc", auc(utility.syntheticAuroc()));
    u.put("difference", ResultRows.number(utility.difference()));
    u.put("holdoutOutcomes", utility.holdoutOutcomes());
    u.put("syntheticOutcomes", utility.syntheticOutcomes());
    return u;
  }

  private static Map<String, Object> auc(Metrics.Auc a) {
    if (a == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("auc", ResultRows.number(a.auc()));
    m.put("lower", ResultRows.number(a.lower()));
    m.put("upper", ResultRows.number(a.upper()));
    return m;
  }

  double rate(int count) {
    return privacy.synthetic() == 0 ? 0 : count / (double) privacy.synthetic();
  }

  @Override
  public String toText() {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "synthesize: %d synthetic patients written to %s, fitted on %d of %d real patients"
                + " (%d held out)%s",
            split.synthetic(),
            out,
            split.fitted(),
            split.real(),
            split.heldOut(),
            budget.epsilon() > 0 ? ", epsilon " + budget.epsilon() : ""));
    lines.add(SynthesisSections.summary(this));
    return String.join(System.lineSeparator(), lines) + System.lineSeparator();
  }

  @Override
  public List<ReportSection> toSections() {
    return List.of(
        ReportSection.of(
            "synthesis-fidelity",
            "Synthetic warehouse: fidelity",
            SynthesisSections.fidelity(this)),
        ReportSection.of(
            "synthesis-privacy", "Synthetic warehouse: privacy", SynthesisSections.privacy(this)));
  }
}
