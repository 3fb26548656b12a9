package org.medmine.ingest.genomics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CPIC's recommendations encoded as data ({@code cpic/recommendations.tsv}, each row citing a
 * guideline of {@code cpic/guidelines.tsv}), keyed by RxNorm ingredient. {@link #forDrug} gives the
 * rows a patient's {@link PgxProfile} matches: the entry point of pharmacogenomic decision support.
 */
public final class PgxRecommendations {
  private static final PgxRecommendations SHIPPED = load();

  /** One encoded row: the conditions per gene and what the row says. */
  private record Rule(
      String rxcui,
      String drug,
      Map<String, String> conditions,
      String classification,
      boolean actionable,
      String implication,
      String recommendation,
      CpicGuideline guideline) {}

  private final List<Rule> rules;

  private PgxRecommendations(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The recommendations shipped with medmine. */
  public static PgxRecommendations shipped() {
    return SHIPPED;
  }

  /**
   * The recommendations for the drug with RxNorm ingredient {@code rxcui} that {@code profile}
   * matches, in table order; empty when the drug has no CPIC recommendation here or the profile
   * lacks a gene it needs (see {@link #missingGenes}).
   */
  public List<PgxRecommendation> forDrug(PgxProfile profile, String rxcui) {
    List<PgxRecommendation> out = new ArrayList<>();
    for (Rule rule : rules) {
      if (rule.rxcui().equals(rxcui)) {
        match(rule, profile).ifPresent(out::add);
      }
    }
    return out;
  }

  /** The recommendations {@code profile} matches for every drug in the table. */
  public List<PgxRecommendation> all(PgxProfile profile) {
    List<PgxRecommendation> out = new ArrayList<>();
    for (String rxcui : drugs().keySet()) {
      out.addAll(forDrug(profile, rxcui));
    }
    return out;
  }

  /** The drugs with recommendations: RxCUI to name, in table order. */
  public Map<String, String> drugs() {
    Map<String, String> out = new LinkedHashMap<>();
    rules.forEach(r -> out.putIfAbsent(r.rxcui(), r.drug()));
    return out;
  }

  /** The genes the recommendations for {@code rxcui} rest on. */
  public Set<String> genesFor(String rxcui) {
    Set<String> out = new LinkedHashSet<>();
    rules.stream()
        .filter(r -> r.rxcui().equals(rxcui))
        .forEach(r -> out.addAll(r.conditions().keySet()));
    return out;
  }

  /** The genes {@code rxcui}'s recommendations use that {@code profile} has no result for. */
  public Set<String> missingGenes(PgxProfile profile, String rxcui) {
    Set<String> out = new LinkedHashSet<>();
    for (String gene : genesFor(rxcui)) {
      if (profile.gene(gene).isEmpty()) {
        out.add(gene);
      }
    }
    return out;
  }

  private static Optional<PgxRecommendation> match(Rule rule, PgxProfile profile) {
    Map<String, String> matched = new LinkedHashMap<>();
    boolean open = false;
    for (Map.Entry<String, String> c : rule.conditions().entrySet()) {
      String gene = c.getKey().replace(":score", "");
      Optional<GenePhenotype> result = profile.gene(gene);
      if (result.isEmpty() || !RuleCondition.holds(c.getKey(), c.getValue(), result.get())) {
        return Optional.empty();
      }
      GenePhenotype g = result.get();
      matched.put(
          gene,
          c.getKey().endsWith(":score")
              ? g.phenotype() + ", activity score " + g.activityScore()
              : g.phenotype());
      open |= g.indeterminate() || profile.dependsOnMissing(gene);
    }
    return Optional.of(
        new PgxRecommendation(
            rule.rxcui(),
            rule.drug(),
            matched,
            rule.classification(),
            rule.actionable(),
            rule.implication(),
            rule.recommendation(),
            rule.guideline(),
            open));
  }

  private static PgxRecommendations load() {
    Map<String, CpicGuideline> guidelines = new LinkedHashMap<>();
    for (String[] c : rows("cpic/guidelines.tsv", 5)) {
      guidelines.put(c[0], new CpicGuideline(c[0], c[1], Integer.parseInt(c[2]), c[3], c[4]));
    }
    List<Rule> rules = new ArrayList<>();
    for (String[] c : rows("cpic/recommendations.tsv", 8)) {
      CpicGuideline g = guidelines.get(c[2]);
      if (g == null) {
        throw new IllegalStateException("recommendations.tsv cites an unknown guideline " + c[2]);
      }
      rules.add(
          new Rule(c[0], c[1], RuleCondition.parse(c[3]), c[4], c[5].equals("yes"), c[6], c[7], g));
    }
    return new PgxRecommendations(rules);
  }

  private static List<String[]> rows(String resource, int columns) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = PgxRecommendations.class.getResourceAsStream(resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != columns) {
          throw new IllegalStateException(resource + ": " + cols.length + " columns in " + line);
        }
        if (!header) {
          out.add(cols);
        }
        header = false;
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
    return out;
  }

  /** Compares activity scores numerically ({@code 1} equals {@code 1.0}). */
  static boolean sameScore(String a, String b) {
    return a != null && b != null && new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
  }
}
