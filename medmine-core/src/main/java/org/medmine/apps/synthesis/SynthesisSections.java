package org.medmine.apps.synthesis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.medmine.report.Html;

/**
 * The synthesis report's sections, self-contained HTML tables (no script), and its summary lines.
 */
final class SynthesisSections {
  private SynthesisSections() {}

  /** The fidelity and privacy figures in a few lines. */
  static String summary(SynthesisResult r) {
    Fidelity f = r.fidelity();
    Privacy p = r.privacy();
    TrainOnSynthetic u = r.utility();
    double maxTvd =
        f.marginals().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    String tstr =
        u.realAuroc() == null
            ? "train on synthetic: not measured (no condition with "
                + TrainOnSynthetic.MIN_OUTCOMES
                + " patients in each half and in the synthetic set)"
            : String.format(
                Locale.ROOT,
                "train on synthetic (%s): AUROC %.3f vs %.3f trained on real, difference %.3f",
                u.display(),
                u.syntheticAuroc().auc(),
                u.realAuroc().auc(),
                u.difference());
    return String.format(
        Locale.ROOT,
        "fidelity: largest marginal total variation %.3f, mean Cramér's V difference %.3f%n%s%n"
            + "privacy: closest-record distance median %.3f (holdout baseline %.3f), membership"
            + " advantage %.3f, exact copies %d, near copies %d of %d",
        maxTvd,
        f.meanAssociationDifference(),
        tstr,
        p.syntheticDcr()[1],
        p.holdoutDcr()[1],
        p.membershipAdvantage(),
        p.exactCopies(),
        p.nearCopies(),
        p.synthetic());
  }

  static String fidelity(SynthesisResult r) {
    Fidelity f = r.fidelity();
    List<List<?>> marginals = new ArrayList<>();
    f.marginals().forEach((k, v) -> marginals.add(List.of(k, fmt(v))));
    List<List<?>> pairs = new ArrayList<>();
    f.associations().stream()
        .sorted((a, b) -> Double.compare(b.difference(), a.difference()))
        .limit(15)
        .forEach(
            a ->
                pairs.add(
                    List.of(
                        label(r, a.a()) + " × " + label(r, a.b()),
                        fmt(a.real()),
                        fmt(a.synthetic()),
                        fmt(a.difference()))));
    List<List<?>> prevalence = new ArrayList<>();
    f.prevalence()
        .forEach(
            p ->
                prevalence.add(
                    List.of(
                        label(r, p.condition()),
                        p.ageBand(),
                        p.sex(),
                        fmt(p.real()),
                        fmt(p.synthetic()),
                        p.realN())));
    return Html.paragraph(summary(r))
        + Html.paragraph("Total variation distance per column (0: the same distribution).")
        + Html.table(List.of("column", "total variation"), marginals)
        + Html.paragraph("Cramér's V, real and synthetic, the 15 pairs that differ most.")
        + Html.table(List.of("pair", "real", "synthetic", "difference"), pairs)
        + Html.paragraph("Prevalence of the top conditions by age band and sex.")
        + Html.table(
            List.of("condition", "age band", "sex", "real", "synthetic", "real patients"),
            prevalence);
  }

  static String privacy(SynthesisResult r) {
    Privacy p = r.privacy();
    List<List<?>> rows = new ArrayList<>();
    rows.add(
        List.of(
            "closest-record distance to the fitted half, 5th percentile",
            fmt(p.syntheticDcr()[0]),
            fmt(p.holdoutDcr()[0])));
    rows.add(
        List.of(
            "closest-record distance to the fitted half, median",
            fmt(p.syntheticDcr()[1]),
            fmt(p.holdoutDcr()[1])));
    List<List<?>> attack = new ArrayList<>();
    attack.add(
        List.of(
            "membership-inference advantage (TPR - FPR, threshold chosen on other patients)",
            fmt(p.membershipAdvantage())));
    attack.add(
        List.of(
            "membership-inference advantage at the best threshold (upper bound)",
            fmt(p.bestAdvantage())));
    attack.add(List.of("patients attacked, each of fitted and held out", p.attacked()));
    attack.add(List.of("exact copies of a fitted patient", p.exactCopies()));
    attack.add(List.of("near copies (closer than the holdout's 5th percentile)", p.nearCopies()));
    attack.add(List.of("epsilon (count tables; 0: no noise)", r.budget().epsilon()));
    attack.add(List.of("suppressed below", r.budget().minCount()));
    return Html.table(List.of("measure", "synthetic", "holdout baseline"), rows)
        + Html.table(List.of("measure", "value"), attack);
  }

  private static String label(SynthesisResult r, String key) {
    if (!key.contains("|")) {
      return key;
    }
    String[] parts = Vocabulary.parts(key, 3);
    return parts[2];
  }

  static String fmt(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
  }
}
