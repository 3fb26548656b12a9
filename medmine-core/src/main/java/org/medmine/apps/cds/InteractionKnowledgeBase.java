package org.medmine.apps.cds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The drug-drug interactions medmine knows, between RxNorm ingredients: the ONC high-priority list
 * (Phansalkar et al., "High-priority drug-drug interactions for use in electronic health records",
 * JAMIA 2012) as class-level rules ({@code interaction-rules.tsv} over {@code drug-classes.tsv}),
 * which cover every pair of the expanded list shipped beside them, and the ONC non-interruptive
 * list (Phansalkar et al., JAMIA 2013) as pair rules of moderate severity. A high-priority rule
 * wins over a non-interruptive one for the same pair. Immutable and safe to share between threads.
 */
public final class InteractionKnowledgeBase {
  private static final String NON_INTERRUPTIVE_SOURCE =
      "ONC non-interruptive DDI list (Phansalkar et al., JAMIA 2013)";

  private final Map<String, Set<String>> classes;
  private final List<InteractionRule> classRules;
  private final Map<String, InteractionRule> pairRules;

  private InteractionKnowledgeBase(
      Map<String, Set<String>> classes,
      List<InteractionRule> classRules,
      Map<String, InteractionRule> pairRules) {
    this.classes = Map.copyOf(classes);
    this.classRules = List.copyOf(classRules);
    this.pairRules = Map.copyOf(pairRules);
  }

  /** The knowledge base shipped with medmine. */
  public static InteractionKnowledgeBase shipped() {
    Map<String, Set<String>> classes = new HashMap<>();
    for (String[] row : KnowledgeBaseFiles.table("drug-classes.tsv")) {
      classes.put(row[0], Set.of(row[2].split(",")));
    }
    List<InteractionRule> rules = new ArrayList<>();
    for (String[] r : KnowledgeBaseFiles.table("interaction-rules.tsv")) {
      rules.add(
          new InteractionRule(r[0], r[1], Severity.parse(r[2]), r[3], r[4], r[5], r[6], r[7]));
    }
    Map<String, InteractionRule> pairs = new HashMap<>();
    for (String[] p : KnowledgeBaseFiles.oncPairs("onc-non-interruptive.dsv")) {
      String a = IngredientResolver.rxnormName(p[0]);
      String b = IngredientResolver.rxnormName(p[2]);
      pairs.putIfAbsent(key(a, b), nonInterruptive(a, b));
    }
    return new InteractionKnowledgeBase(classes, rules, pairs);
  }

  /** The rule for ingredients {@code a} and {@code b} (RxNorm names, any order), if any. */
  public Optional<InteractionRule> rule(String a, String b) {
    if (a.equals(b)) {
      return Optional.empty();
    }
    for (InteractionRule r : classRules) {
      if ((covers(r.drugA(), a) && covers(r.drugB(), b))
          || (covers(r.drugA(), b) && covers(r.drugB(), a))) {
        return Optional.of(r);
      }
    }
    return Optional.ofNullable(pairRules.get(key(a, b)));
  }

  /** The number of rules: class-level rules plus non-interruptive pair rules. */
  public int size() {
    return classRules.size() + pairRules.size();
  }

  private boolean covers(String side, String ingredient) {
    if (side.startsWith("class:")) {
      return classes.getOrDefault(side.substring(6), Set.of()).contains(ingredient);
    }
    return side.equals(ingredient);
  }

  private static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  private static InteractionRule nonInterruptive(String a, String b) {
    String first = a.compareTo(b) < 0 ? a : b;
    String second = first.equals(a) ? b : a;
    return new InteractionRule(
        "ni:" + first + "+" + second,
        "non-interruptive",
        Severity.MODERATE,
        first,
        second,
        "Listed by ONC as a clinically relevant interaction that should not interrupt the"
            + " prescriber; the list gives no mechanism for the pair.",
        "Keep the order if it is intended; review doses and monitor for the combined effect.",
        NON_INTERRUPTIVE_SOURCE);
  }
}
