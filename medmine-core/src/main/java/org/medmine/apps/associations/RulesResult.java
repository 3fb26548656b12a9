package org.medmine.apps.associations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.mining.rules.AssociationRule;
import org.medmine.mining.rules.Itemset;
import org.medmine.report.ReportSection;
import org.medmine.report.TextTable;

/**
 * What {@link RulesApp} found: the itemsets and rules of one run ({@link RuleMining.Result}), the
 * warehouse they came from, how many rules to show, and the run's provenance.
 *
 * @param mining the itemsets, rules and their parameters
 * @param warehouse the warehouse, as given (for table rows, the table file)
 * @param top rules and itemsets shown in the text and the report
 * @param provenance the run's provenance
 */
public record RulesResult(
    RuleMining.Result mining, String warehouse, int top, RunProvenance provenance)
    implements AppResult {

  /**
   * {@code {parameters, transactions, itemsets: [{items, support, count}], rules: [{antecedent,
   * consequent, count, support, confidence, lift, leverage, conviction}], run}}; conviction is null
   * when infinite.
   */
  @Override
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("parameters", parameters());
    m.put("transactions", mining.transactionCount());
    List<Map<String, Object>> sets = new ArrayList<>();
    for (Itemset s : mining.itemsets()) {
      sets.add(Map.of("items", s.items(), "support", s.support(), "count", s.count()));
    }
    m.put("itemsets", sets);
    List<Map<String, Object>> rules = new ArrayList<>();
    for (AssociationRule a : mining.rules()) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("antecedent", a.antecedent());
      j.put("consequent", a.consequent());
      j.put("count", a.count());
      j.put("support", a.support());
      j.put("confidence", a.confidence());
      j.put("lift", a.lift());
      j.put("leverage", a.leverage());
      j.put("conviction", Double.isInfinite(a.conviction()) ? null : a.conviction());
      rules.add(j);
    }
    m.put("rules", rules);
    m.put("run", provenance);
    return m;
  }

  private Map<String, Object> parameters() {
    RuleMining.Options o = mining.options();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put(o.kind() == Transactions.Kind.TABLE_ROWS ? "data" : "warehouse", warehouse);
    p.put("transactions", o.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    p.put("minSupport", o.minSupport());
    p.put("minConfidence", o.minConfidence());
    p.put("minLift", o.minLift());
    p.put("maxItemSupport", o.maxItemSupport());
    p.put("maxLength", o.maxLength());
    p.put("consequent", o.consequentFamily());
    p.put("includeFindings", o.includeFindings());
    return p;
  }

  /** The counts, then the first {@code top} rules with support, confidence, lift and conviction. */
  @Override
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%,d transactions, %,d frequent itemsets, %,d rules%n",
            mining.transactionCount(),
            mining.itemsets().size(),
            mining.rules().size()));
    b.append(
        String.format(
            Locale.ROOT,
            "%-60s %-40s %7s %7s %7s %8s%n",
            "if",
            "then",
            "support",
            "conf",
            "lift",
            "convict"));
    for (AssociationRule a : mining.rules().subList(0, Math.min(top, mining.rules().size()))) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-60s %-40s %7.3f %7.3f %7.2f %8s%n",
              TextTable.clip(names(a.antecedent()), 60),
              TextTable.clip(names(a.consequent()), 40),
              a.support(),
              a.confidence(),
              a.lift(),
              Double.isInfinite(a.conviction())
                  ? "inf"
                  : String.format(Locale.ROOT, "%.2f", a.conviction())));
    }
    return b.toString();
  }

  /**
   * Two to four lines for a run among others (the demo): the counts and the three strongest rules.
   */
  public String summary() {
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "  association rules: %,d patients, %,d frequent disorder sets (findings left out), %,d rules%n",
                mining.transactionCount(),
                mining.itemsets().size(),
                mining.rules().size()));
    for (AssociationRule r : mining.rules().subList(0, Math.min(3, mining.rules().size()))) {
      b.append(
          String.format(
              Locale.ROOT,
              "    %s => %s (confidence %.2f, lift %.2f)%n",
              names(r.antecedent()),
              names(r.consequent()),
              r.confidence(),
              r.lift()));
    }
    return b.toString();
  }

  @Override
  public List<ReportSection> toSections() {
    return List.of(RuleSections.of(mining, top));
  }

  private String names(List<String> codes) {
    return String.join(" + ", codes.stream().map(c -> mining.transactions().display(c)).toList());
  }
}
