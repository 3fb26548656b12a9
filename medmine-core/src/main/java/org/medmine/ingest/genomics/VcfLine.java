package org.medmine.ingest.genomics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one VCF data line's CHROM, POS, REF, ALT, FORMAT and GT (VCF 4.2 section 1.6); a line that
 * breaks the format becomes a {@link VcfProblem} naming what was wrong.
 */
final class VcfLine {
  private static final Pattern BASES = Pattern.compile("[ACGTNacgtn]+|\\*|<[^>]+>");
  private static final Pattern GT_SEPARATOR = Pattern.compile("[/|]");

  private VcfLine() {}

  static void parse(
      String file,
      long lineNo,
      String line,
      Set<String> wanted,
      Map<String, VcfGenotype> genotypes,
      List<VcfProblem> problems) {
    int tab1 = line.indexOf('\t');
    int tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
    if (tab2 < 0) {
      problems.add(VcfProblem.of(file, lineNo, "fewer than 10 tab-separated columns", line));
      return;
    }
    long pos;
    try {
      pos = Long.parseLong(line.substring(tab1 + 1, tab2));
    } catch (NumberFormatException e) {
      problems.add(
          VcfProblem.of(
              file, lineNo, "POS '" + line.substring(tab1 + 1, tab2) + "' is not a number", line));
      return;
    }
    String key = VcfSample.key(line.substring(0, tab1), pos);
    if (!wanted.contains(key)) {
      return;
    }
    String[] cols = line.split("\t", -1);
    if (cols.length < 10) {
      problems.add(VcfProblem.of(file, lineNo, cols.length + " columns, not 10", line));
      return;
    }
    String reason = problemOf(cols);
    if (reason != null) {
      problems.add(VcfProblem.of(file, lineNo, reason, line));
      return;
    }
    VcfGenotype g = genotype(cols, lineNo);
    if (g == null) {
      problems.add(VcfProblem.of(file, lineNo, "GT '" + gtField(cols) + "' is not a call", line));
      return;
    }
    VcfGenotype earlier = genotypes.get(key);
    if (earlier == null || isReference(earlier) || earlier.missing()) {
      genotypes.put(key, g);
    } else if (!isReference(g) && !g.missing()) {
      problems.add(
          VcfProblem.of(
              file,
              lineNo,
              "a second call at "
                  + key
                  + " (line "
                  + earlier.line()
                  + " called it already): merge multi-allelic records (bcftools norm -m+)",
              line));
    }
  }

  private static String problemOf(String[] cols) {
    if (!BASES.matcher(cols[3]).matches()) {
      return "REF '" + cols[3] + "' is not a sequence of bases";
    }
    for (String alt : alts(cols)) {
      if (!BASES.matcher(alt).matches()) {
        return "ALT '" + alt + "' is not a sequence of bases";
      }
    }
    if (Arrays.asList(cols[8].split(":")).indexOf("GT") < 0) {
      return "FORMAT '" + cols[8] + "' has no GT";
    }
    return null;
  }

  private static List<String> alts(String[] cols) {
    return cols[4].equals(".") ? List.of() : Arrays.asList(cols[4].split(","));
  }

  private static String gtField(String[] cols) {
    int gt = Arrays.asList(cols[8].split(":")).indexOf("GT");
    String[] values = cols[9].split(":");
    return gt < values.length ? values[gt] : ".";
  }

  /** The genotype of the line, or null when GT names an allele the line does not have. */
  private static VcfGenotype genotype(String[] cols, long lineNo) {
    String gt = gtField(cols);
    List<String> alts = alts(cols);
    List<String> bases = new ArrayList<>();
    for (String index : GT_SEPARATOR.split(gt, -1)) {
      if (index.equals(".")) {
        bases.add(null);
        continue;
      }
      int i;
      try {
        i = Integer.parseInt(index);
      } catch (NumberFormatException e) {
        return null;
      }
      if (i < 0 || i > alts.size()) {
        return null;
      }
      bases.add((i == 0 ? cols[3] : alts.get(i - 1)).toUpperCase(java.util.Locale.ROOT));
    }
    if (bases.size() > 2) {
      return null;
    }
    boolean phased = gt.indexOf('|') >= 0;
    return new VcfGenotype(
        cols[0],
        Long.parseLong(cols[1]),
        cols[3].toUpperCase(java.util.Locale.ROOT),
        alts,
        bases,
        phased,
        lineNo);
  }

  private static boolean isReference(VcfGenotype g) {
    return !g.missing() && g.alleles().stream().allMatch(g.ref()::equals);
  }
}
