package org.medmine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.medmine.apps.associations.RuleMining;
import org.medmine.apps.fraud.FraudFinding;
import org.medmine.apps.fraud.FraudScreen;
import org.medmine.apps.segments.SegmentProfile;
import org.medmine.apps.segments.Segmentation;
import org.medmine.mining.rules.AssociationRule;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.AccessLayer;
import org.medmine.report.FraudSections;
import org.medmine.report.HtmlReport;
import org.medmine.report.RuleSections;
import org.medmine.report.SegmentSections;

/** The demo's pattern-discovery step: rules, fraud screen and segments, summarised, and their report sections. */
final class PatternSteps {
  private PatternSteps() {}

  static HtmlReport run(PrintWriter console, Path warehouse, HtmlReport report) {
    RuleMining.Result rules;
    FraudScreen.Result fraud;
    Segmentation.Result segments;
    try (AccessLayer access = WarehouseAccess.read(warehouse)) {
      java.sql.Connection w = access.connection();
      rules = RuleMining.run(w, RuleMining.Options.defaults());
      fraud = FraudScreen.run(w, FraudScreen.Options.defaults());
      segments = segment(console, w);
    }
    console.printf(Locale.ROOT, "  association rules: %,d patients, %,d frequent disorder sets (findings left out), %,d rules%n",
        rules.transactionCount(), rules.itemsets().size(), rules.rules().size());
    for (AssociationRule r : rules.rules().subList(0, Math.min(3, rules.rules().size()))) {
      console.printf(Locale.ROOT, "    %s => %s (confidence %.2f, lift %.2f)%n",
          String.join(" + ", r.antecedent().stream().map(rules.transactions()::display).toList()),
          String.join(" + ", r.consequent().stream().map(rules.transactions()::display).toList()), r.confidence(), r.lift());
    }
    long flagged = fraud.findings().stream().filter(f -> !f.reasons().isEmpty()).count();
    console.printf(Locale.ROOT, "  claims fraud screen: %,d providers, %d with reasons%n", fraud.findings().size(), flagged);
    for (FraudFinding f : fraud.findings().subList(0, Math.min(3, fraud.findings().size()))) {
      console.printf(Locale.ROOT, "    %.3f %s%s%n", f.score(), f.row().name(),
          f.reasons().isEmpty() ? "" : ": " + f.reasons().get(0).text());
    }
    report = report.with(RuleSections.of(rules, 25)).with(FraudSections.of(fraud, 25, 25));
    if (segments == null) {
      return report;
    }
    console.printf(Locale.ROOT, "  patient segments: %d (silhouette %.2f)%n", segments.clustering().k(), segments.clustering().silhouette());
    for (SegmentProfile p : segments.profiles()) {
      console.printf(Locale.ROOT, "    segment %d: %d patients, mean age %.0f%s%n", p.segment() + 1, p.size(), p.meanAge(),
          p.distinctive().isEmpty() ? "" : ", " + p.distinctive().get(0).display() + " x" + String.format(Locale.ROOT, "%.1f", p.distinctive().get(0).ratio()));
    }
    return report.with(SegmentSections.of(segments));
  }

  /** Segments, or null (with a note) when the population is too small to segment. */
  private static Segmentation.Result segment(PrintWriter console, java.sql.Connection w) {
    try {
      return Segmentation.run(w, Segmentation.Options.defaults(Segmentation.Method.KMEANS));
    } catch (MedmineUserException e) {
      console.println("  patient segments skipped: " + e.getMessage());
      return null;
    }
  }
}
