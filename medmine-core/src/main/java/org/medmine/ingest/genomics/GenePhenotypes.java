package org.medmine.ingest.genomics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * CPIC's diplotype-to-phenotype table of one gene, as PharmCAT ships it ({@code
 * phenotype/GENE.json} from the CPIC database): for each diplotype its phenotype and, for
 * activity-score genes (CYP2C9, DPYD), the score. Looked up by the two allele names in either
 * order.
 */
public final class GenePhenotypes {
  /** One row of the table. */
  record Row(String phenotype, String activityScore) {}

  private final String gene;
  private final Map<String, Row> byDiplotype;

  private GenePhenotypes(String gene, Map<String, Row> byDiplotype) {
    this.gene = gene;
    this.byDiplotype = Map.copyOf(byDiplotype);
  }

  /** The table of {@code gene} shipped with medmine, if there is one (CYP4F2 has none). */
  public static Optional<GenePhenotypes> load(String gene) {
    try (InputStream in = GenePhenotypes.class.getResourceAsStream("phenotype/" + gene + ".json")) {
      if (in == null) {
        return Optional.empty();
      }
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, Row> rows = new HashMap<>();
      for (JsonNode d : root.path("diplotypes")) {
        Map<String, Integer> key = new TreeMap<>();
        d.path("diplotypekey")
            .fields()
            .forEachRemaining(e -> key.put(e.getKey(), e.getValue().asInt()));
        JsonNode score = d.path("activityScore");
        rows.put(
            key(key),
            new Row(
                d.path("generesult").asText(),
                score.isTextual() && !score.asText().equals("n/a") ? score.asText() : null));
      }
      return Optional.of(new GenePhenotypes(gene, rows));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the phenotype table of " + gene, e);
    }
  }

  /** The phenotype of {@code diplotype}, if the table has it. */
  Optional<Row> lookup(Diplotype diplotype) {
    Map<String, Integer> key = new TreeMap<>();
    for (String a : diplotype.alleles()) {
      key.merge(a, 1, Integer::sum);
    }
    return Optional.ofNullable(byDiplotype.get(key(key)));
  }

  private static String key(Map<String, Integer> counts) {
    return counts.toString();
  }

  /** The phenotype of a gene call: one diplotype's, or Indeterminate when alternatives disagree. */
  public GenePhenotype of(GeneCall call, String basis) {
    List<String> alternatives = new ArrayList<>();
    java.util.Set<String> phenotypes = new java.util.LinkedHashSet<>();
    java.util.Set<String> scores = new java.util.LinkedHashSet<>();
    for (Diplotype d : call.diplotypes()) {
      Row row = lookup(d).orElse(new Row(GenePhenotype.INDETERMINATE, null));
      alternatives.add(d.text() + ": " + row.phenotype());
      phenotypes.add(row.phenotype());
      scores.add(String.valueOf(row.activityScore()));
    }
    String phenotype =
        phenotypes.size() == 1 ? phenotypes.iterator().next() : GenePhenotype.INDETERMINATE;
    String score = phenotypes.size() == 1 && scores.size() == 1 ? scores.iterator().next() : null;
    score = "null".equals(score) ? null : score;
    return new GenePhenotype(
        gene,
        call.diplotypeText(),
        phenotype,
        score,
        call.ambiguous() ? alternatives : List.of(),
        basis);
  }
}
