package org.medmine.apps.cds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a drug as an order names it to its RxNorm ingredients. An RxNorm code found in the
 * shipped clinical-drug table ({@code rxnorm-clinical-drugs.tsv}: every RxNorm code Synthea 3.3.0
 * writes, SCD, SBD and a few ingredients, with the ingredients its RxNorm name lists) resolves to
 * those ingredients; otherwise the coding's display or the order's text is searched for the
 * ingredient names medmine knows ({@code ingredients.tsv}: the RxNorm spelling of every drug of the
 * ONC lists and of the Synthea table), whole words, longest name first. No RxNorm release is
 * reachable from the build, so the table is built from names, not from RxNorm's relationships
 * (tools/ddi/build_tables.py; the README beside the data says what it covers). Immutable.
 */
public final class IngredientResolver {
  /** The RxNorm code system URI (FHIR R4 terminology). */
  public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

  private static final Map<String, String> LISTED_NAMES = listedNames();

  private final Map<String, List<String>> byCode;
  private final List<String> namesLongestFirst;

  private IngredientResolver(Map<String, List<String>> byCode, List<String> names) {
    this.byCode = Map.copyOf(byCode);
    this.namesLongestFirst = List.copyOf(names);
  }

  /** The resolver over the shipped tables. */
  public static IngredientResolver shipped() {
    Map<String, List<String>> byCode = new HashMap<>();
    for (String[] row : KnowledgeBaseFiles.table("rxnorm-clinical-drugs.tsv")) {
      if (!row[2].isEmpty()) {
        byCode.put(row[0], List.of(row[2].split("\\|")));
      }
    }
    List<String> names = new ArrayList<>();
    for (String[] row : KnowledgeBaseFiles.table("ingredients.tsv")) {
      names.add(row[0]);
    }
    names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    return new IngredientResolver(byCode, names);
  }

  /**
   * The RxNorm ingredient name of a drug named as the ONC lists name it (DrugBank names: {@code
   * Rifampicin} is {@code rifampin}).
   */
  public static String rxnormName(String listedName) {
    String lower = listedName.strip().toLowerCase(Locale.ROOT);
    return LISTED_NAMES.getOrDefault(lower, lower);
  }

  /**
   * The ingredients of a drug coded {@code system}/{@code code} with {@code display}, or named
   * {@code text} (any may be null); empty when nothing resolves.
   */
  public Set<String> resolve(String system, String code, String display, String text) {
    if (code != null && (system == null || RXNORM.equals(system))) {
      List<String> known = byCode.get(code.strip());
      if (known != null) {
        return new LinkedHashSet<>(known);
      }
    }
    Set<String> found = inText(display);
    return found.isEmpty() ? inText(text) : found;
  }

  /** Whether the clinical-drug table knows {@code code}. */
  public boolean knowsCode(String code) {
    return byCode.containsKey(code);
  }

  private Set<String> inText(String text) {
    Set<String> found = new LinkedHashSet<>();
    if (text == null || text.isBlank()) {
      return found;
    }
    String padded = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
    for (String name : namesLongestFirst) {
      String word = " " + name.replaceAll("[^a-z0-9]+", " ") + " ";
      int at = padded.indexOf(word);
      if (at >= 0) {
        found.add(name);
        padded = padded.substring(0, at) + " " + padded.substring(at + word.length() - 1);
      }
    }
    return found;
  }

  private static Map<String, String> listedNames() {
    Map<String, String> names = new HashMap<>();
    for (String[] row : KnowledgeBaseFiles.table("ingredients.tsv")) {
      if (!row[2].isEmpty()) {
        names.put(row[2].toLowerCase(Locale.ROOT), row[0]);
      }
    }
    return Map.copyOf(names);
  }
}
