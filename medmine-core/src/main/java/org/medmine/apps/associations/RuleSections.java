package org.medmine.apps.associations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.medmine.mining.rules.AssociationRule;
import org.medmine.report.Html;
import org.medmine.report.ReportSection;

/** The association-rules section: parameters, the ranked rule table, the most frequent itemsets. */
final class RuleSections {
  private RuleSections() {}

  /** A section showing the first {@code top} rules and itemsets of {@code result}. */
  static ReportSection of(RuleMining.Result result, int top) {
    Transactions t = result.transactions();
    StringBuilder sb = new StringBuilder();
    sb.append(parameters(result));
    List<List<?>> rows = new ArrayList<>();
    for (AssociationRule r : result.rules().subList(0, Math.min(top, result.rules().size()))) {
      rows.add(
          List.of(
              names(t, r.antecedent()),
              names(t, r.consequent()),
              r.count(),
              r.support(),
              r.confidence(),
              r.lift(),
              r.leverage(),
              Double.isInfinite(r.conviction()) ? "∞" : r.conviction()));
    }
    sb.append(
        rows.isEmpty()
            ? Html.paragraph(
                "No rule passes the thresholds: lower the minimum support or confidence.")
            : Html.table(
                List.of(
                    "if",
                    "then",
                    "count",
                    "support",
                    "confidence",
                    "lift",
                    "leverage",
                    "conviction"),
                rows));
    List<List<?>> sets = new ArrayList<>();
    result.itemsets().stream()
        .filter(s -> s.items().size() > 1)
        .limit(top)
        .forEach(s -> sets.add(List.of(names(t, s.items()), s.count(), s.support())));
    if (!sets.isEmpty()) {
      sb.append("<h3>Most frequent itemsets of two or more items</h3>\n")
          .append(Html.table(List.of("items", "count", "support"), sets));
    }
    return ReportSection.of("association-rules", "Association rules", sb.toString());
  }

  /** The paragraph of the mining parameters and how many itemsets and rules they gave. */
  private static String parameters(RuleMining.Result result) {
    RuleMining.Options o = result.options();
    return Html.paragraph(
        String.format(
            Locale.ROOT,
            "FP-Growth over %,d transactions (%s): minimum support %.3g, minimum confidence %.3g, minimum lift %.3g,"
                + " items in more than %.0f%% of transactions left out as trivial, itemsets of at most %d items%s."
                + " %,d frequent itemsets, %,d rules.",
            result.transactionCount(),
            o.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
            o.minSupport(),
            o.minConfidence(),
            o.minLift(),
            o.maxItemSupport() * 100,
            o.maxLength(),
            (o.consequentFamily() == null
                    ? ""
                    : ", consequent in code family " + o.consequentFamily())
                + (o.kind() != Transactions.Kind.PATIENT_CONDITIONS
                    ? ""
                    : o.includeFindings()
                        ? ", findings (employment, stress, ...) counted as conditions"
                        : ", disorders only (SNOMED CT findings and situations such as employment or stress left out; --include-findings"
                            + " counts them)"),
            result.itemsets().size(),
            result.rules().size()));
  }

  private static String names(Transactions t, List<String> codes) {
    return codes.stream()
        .map(c -> t.display(c) + " (" + c + ")")
        .collect(Collectors.joining(" + "));
  }
}
