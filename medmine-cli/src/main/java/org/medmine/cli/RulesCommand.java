package org.medmine.cli;

import org.medmine.model.MedmineVersion;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medmine.apps.associations.RuleMining;
import org.medmine.apps.associations.Transactions;
import org.medmine.mining.rules.AssociationRule;
import org.medmine.mining.rules.Itemset;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.AccessLayer;
import org.medmine.report.HtmlReport;
import org.medmine.report.ReportOptions;
import org.medmine.report.RuleSections;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medmine rules}: frequent itemsets and association rules over warehouse transactions. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "Mines frequent itemsets (FP-Growth) and association rules with support, confidence, lift, leverage and"
          + " conviction from warehouse transactions: a patient's conditions, an encounter's drugs and procedures,"
          + " or a claim's billed codes.",
      "JSON (--format json): {parameters, transactions, itemsets: [{items, support, count}], rules: [{antecedent,"
          + " consequent, count, support, confidence, lift, leverage, conviction}]}; items are codes, support a"
          + " fraction of transactions, conviction null when infinite."
    })
final class RulesCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;
  @Mixin FindingsOption findings;

  @Option(names = "--transactions", defaultValue = "patient-conditions", paramLabel = "KIND",
      description = "patient-conditions, encounter-orders or claim-codes. Default: ${DEFAULT-VALUE}.")
  String kind;

  @Option(names = "--min-support", defaultValue = "0.2", paramLabel = "F", description = "Minimum itemset support (fraction). Default: ${DEFAULT-VALUE}.")
  double minSupport;

  @Option(names = "--min-confidence", defaultValue = "0.6", paramLabel = "F", description = "Minimum rule confidence. Default: ${DEFAULT-VALUE}.")
  double minConfidence;

  @Option(names = "--min-lift", defaultValue = "1.000001", paramLabel = "X", description = "Minimum rule lift (above 1 drops independent pairs). Default: ${DEFAULT-VALUE}.")
  double minLift;

  @Option(names = "--max-item-support", defaultValue = "0.9", paramLabel = "F",
      description = "Items in more than this fraction of transactions are trivial and stay out of rules. Default: ${DEFAULT-VALUE}.")
  double maxItemSupport;

  @Option(names = "--max-length", defaultValue = "4", paramLabel = "N", description = "Longest itemset. Default: ${DEFAULT-VALUE}.")
  int maxLength;

  @Option(names = "--consequent", paramLabel = "FAMILY",
      description = "Keep only rules whose consequent is in this code family: snomed, rxnorm, loinc, icd10, cvx, or a code prefix.")
  String consequent;

  @Option(names = "--top", defaultValue = "25", paramLabel = "N", description = "Rules and itemsets shown in the table and report. Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write an HTML report with the ranked rules.")
  Path report;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (top < 1) {
      throw new MedmineUserException("--top must be at least 1 rule, not " + top + ".");
    }
    RuleMining.Options options = new RuleMining.Options(
        Transactions.Kind.parse(kind), minSupport, minConfidence, minLift, maxItemSupport, maxLength, consequent, findings.include);
    RuleMining.Result result;
    try (AccessLayer w = WarehouseAccess.read(warehouse.file)) {
      result = RuleMining.run(w.connection(), options);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (report != null) {
      HtmlReport.empty(ReportOptions.defaults(MedmineVersion.get())).with(RuleSections.of(result, top)).write(report);
    }
    if (output.json()) {
      out.println(Json.write(json(result, warehouse.file)));
    } else {
      print(out, result);
    }
    return ExitCodes.OK;
  }

  static Map<String, Object> json(RuleMining.Result r, Path warehouse) {
    Map<String, Object> m = new LinkedHashMap<>();
    RuleMining.Options o = r.options();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("warehouse", warehouse.toString());
    p.put("transactions", o.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    p.put("minSupport", o.minSupport());
    p.put("minConfidence", o.minConfidence());
    p.put("minLift", o.minLift());
    p.put("maxItemSupport", o.maxItemSupport());
    p.put("maxLength", o.maxLength());
    p.put("consequent", o.consequentFamily());
    p.put("includeFindings", o.includeFindings());
    m.put("parameters", p);
    m.put("transactions", r.transactionCount());
    List<Map<String, Object>> sets = new ArrayList<>();
    for (Itemset s : r.itemsets()) {
      sets.add(Map.of("items", s.items(), "support", s.support(), "count", s.count()));
    }
    m.put("itemsets", sets);
    List<Map<String, Object>> rules = new ArrayList<>();
    for (AssociationRule a : r.rules()) {
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
    return m;
  }

  private void print(PrintWriter out, RuleMining.Result r) {
    out.printf(Locale.ROOT, "%,d transactions, %,d frequent itemsets, %,d rules%n", r.transactionCount(), r.itemsets().size(), r.rules().size());
    out.printf(Locale.ROOT, "%-60s %-40s %7s %7s %7s %8s%n", "if", "then", "support", "conf", "lift", "convict");
    for (AssociationRule a : r.rules().subList(0, Math.min(top, r.rules().size()))) {
      out.printf(Locale.ROOT, "%-60s %-40s %7.3f %7.3f %7.2f %8s%n",
          clip(names(r, a.antecedent()), 60), clip(names(r, a.consequent()), 40), a.support(), a.confidence(), a.lift(),
          Double.isInfinite(a.conviction()) ? "inf" : String.format(Locale.ROOT, "%.2f", a.conviction()));
    }
  }

  private static String names(RuleMining.Result r, List<String> codes) {
    return String.join(" + ", codes.stream().map(c -> r.transactions().display(c)).toList());
  }

  static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
