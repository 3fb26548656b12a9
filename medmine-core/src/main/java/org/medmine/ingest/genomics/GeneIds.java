package org.medmine.ingest.genomics;

import java.util.Map;
import java.util.Optional;

/**
 * HGNC identifiers of the pharmacogenes, for the "gene studied" component (LOINC 48018-6) of
 * genotype observations (HL7 FHIR Genomics Reporting IG, system {@code
 * http://www.genenames.org/geneId}).
 */
final class GeneIds {
  static final String SYSTEM = "http://www.genenames.org/geneId";

  private static final Map<String, String> HGNC =
      Map.ofEntries(
          Map.entry("ABCG2", "HGNC:74"),
          Map.entry("CACNA1S", "HGNC:1397"),
          Map.entry("CYP2B6", "HGNC:2615"),
          Map.entry("CYP2C19", "HGNC:2621"),
          Map.entry("CYP2C9", "HGNC:2623"),
          Map.entry("CYP2D6", "HGNC:2625"),
          Map.entry("CYP3A4", "HGNC:2637"),
          Map.entry("CYP3A5", "HGNC:2638"),
          Map.entry("CYP4F2", "HGNC:2645"),
          Map.entry("DPYD", "HGNC:3012"),
          Map.entry("IFNL3", "HGNC:18364"),
          Map.entry("NAT2", "HGNC:7646"),
          Map.entry("NUDT15", "HGNC:23063"),
          Map.entry("SLCO1B1", "HGNC:10959"),
          Map.entry("TPMT", "HGNC:12014"),
          Map.entry("UGT1A1", "HGNC:12530"),
          Map.entry("VKORC1", "HGNC:23663"));

  private GeneIds() {}

  static String hgnc(String gene) {
    return HGNC.get(gene);
  }

  /** The gene symbol of an HGNC id or a symbol, if it is one of ours. */
  static Optional<String> symbol(String codeOrSymbol) {
    if (codeOrSymbol == null) {
      return Optional.empty();
    }
    if (HGNC.containsKey(codeOrSymbol)) {
      return Optional.of(codeOrSymbol);
    }
    return HGNC.entrySet().stream()
        .filter(e -> e.getValue().equals(codeOrSymbol))
        .map(Map.Entry::getKey)
        .findFirst();
  }
}
