package org.medmine.ingest.genomics;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two named alleles of one gene, in a stable order (the reference first, then star numbers in
 * numeric order, then names), with the match score PharmCAT gives it: the number of defining
 * positions the two alleles specify that the sample was called at.
 *
 * @param gene the gene
 * @param first the first allele
 * @param second the second allele
 * @param score the match score (0 for a call given from outside)
 */
public record Diplotype(String gene, String first, String second, int score) {
  private static final Pattern STAR = Pattern.compile("\\*(\\d+)(.*)");

  /** Orders allele names: star alleles by their number, then the rest by name. */
  public static final Comparator<String> ALLELE_ORDER =
      Comparator.comparing(Diplotype::starNumber).thenComparing(Comparator.naturalOrder());

  /** A diplotype of {@code a} and {@code b} in the stable order. */
  public static Diplotype of(String gene, String a, String b, int score) {
    return ALLELE_ORDER.compare(a, b) <= 0
        ? new Diplotype(gene, a, b, score)
        : new Diplotype(gene, b, a, score);
  }

  /** The diplotype as CPIC writes it: {@code *1/*2}. */
  public String text() {
    return first + "/" + second;
  }

  /** The two alleles. */
  public List<String> alleles() {
    return List.of(first, second);
  }

  private static long starNumber(String name) {
    if (name.startsWith("Reference") || name.contains("reference")) {
      return -1;
    }
    Matcher m = STAR.matcher(name);
    return m.matches() && m.group(1).length() < 10 ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
  }

  /**
   * Parses a diplotype written {@code *1/*4} (e.g. an outside CYP2D6 call), or null when {@code
   * text} is not two names separated by one slash.
   */
  public static Diplotype parse(String gene, String text) {
    String[] parts = text.strip().split("/", -1);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      return null;
    }
    return of(gene, parts[0].strip(), parts[1].strip(), 0);
  }
}
