package org.medmine.ingest.genomics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CYP2D6's phenotype from an outside diplotype call by activity score, as CPIC and DPWG agreed
 * (Caudle et al., Clin Transl Sci 2020;13:116-124, PMID 31647186): each allele's activity value
 * (times its copies for a duplication such as {@code *1x2}) summed; 0 is a poor metabolizer, 0.25
 * to 1 intermediate, 1.25 to 2.25 normal, above 2.25 ultrarapid. medmine does not call CYP2D6 from
 * a VCF (copy number and hybrids need a dedicated caller).
 */
public final class Cyp2d6Phenotype {
  private static final Pattern COPIES = Pattern.compile("(\\*[0-9]+)(?:x([0-9]+|N))?");
  private final Map<String, BigDecimal> activity;

  private Cyp2d6Phenotype(Map<String, BigDecimal> activity) {
    this.activity = Map.copyOf(activity);
  }

  /** The activity values shipped with medmine ({@code cpic/cyp2d6-activity.tsv}). */
  public static Cyp2d6Phenotype shipped() {
    Map<String, BigDecimal> values = new HashMap<>();
    try (InputStream in = Cyp2d6Phenotype.class.getResourceAsStream("cpic/cyp2d6-activity.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] cols = line.split("\t");
        if (!line.startsWith("#") && !cols[0].equals("allele")) {
          values.put(cols[0], new BigDecimal(cols[1]));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the CYP2D6 activity values", e);
    }
    return new Cyp2d6Phenotype(values);
  }

  /** Whether {@code allele} ({@code *4}, {@code *1x2}) is one this table scores. */
  public boolean knows(String allele) {
    return score(allele).isPresent();
  }

  private Optional<BigDecimal> score(String allele) {
    Matcher m = COPIES.matcher(allele);
    if (!m.matches() || !activity.containsKey(m.group(1))) {
      return Optional.empty();
    }
    String n = m.group(2);
    int copies = n == null ? 1 : n.equals("N") ? 2 : Integer.parseInt(n);
    return Optional.of(activity.get(m.group(1)).multiply(BigDecimal.valueOf(copies)));
  }

  /** The phenotype of {@code diplotype}. */
  public GenePhenotype of(Diplotype diplotype, String basis) {
    Optional<BigDecimal> a = score(diplotype.first());
    Optional<BigDecimal> b = score(diplotype.second());
    if (a.isEmpty() || b.isEmpty()) {
      return new GenePhenotype(
          "CYP2D6", diplotype.text(), GenePhenotype.INDETERMINATE, null, List.of(), basis);
    }
    BigDecimal score = a.get().add(b.get());
    return new GenePhenotype(
        "CYP2D6",
        diplotype.text(),
        phenotype(score),
        score
            .setScale(score.scale() > 1 ? 2 : 1, java.math.RoundingMode.UNNECESSARY)
            .toPlainString(),
        List.of(),
        basis);
  }

  static String phenotype(BigDecimal score) {
    double s = score.doubleValue();
    if (s == 0) {
      return "Poor Metabolizer";
    } else if (s <= 1.0) {
      return "Intermediate Metabolizer";
    } else if (s <= 2.25) {
      return "Normal Metabolizer";
    }
    return "Ultrarapid Metabolizer";
  }
}
