package org.medmine.ingest.genomics;

import java.util.List;

/**
 * One sample's genotype at one VCF position: the two called alleles as bases (REF or one of the
 * ALTs; null where the call is missing, {@code .}), and whether the call is phased ({@code |}). A
 * haploid call has one allele. VCF 4.2 (samtools/hts-specs), section 1.6.2 "Genotype fields".
 *
 * @param chromosome the chromosome as written in the file ({@code chr10} or {@code 10})
 * @param position the 1-based POS
 * @param ref the reference allele
 * @param alts the alternate alleles, in file order
 * @param alleles the called alleles as bases, in GT order (null for a missing call)
 * @param phased whether the GT separator is {@code |}
 * @param line the file line the call came from
 */
public record VcfGenotype(
    String chromosome,
    long position,
    String ref,
    List<String> alts,
    List<String> alleles,
    boolean phased,
    long line) {
  public VcfGenotype {
    alts = List.copyOf(alts);
    alleles = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(alleles));
  }

  /** Whether any allele of the call is missing ({@code ./.}, {@code 0/.}). */
  public boolean missing() {
    return alleles.isEmpty() || alleles.contains(null);
  }

  /** Whether the two called alleles differ. */
  public boolean heterozygous() {
    return alleles.size() == 2 && !alleles.get(0).equals(alleles.get(1));
  }
}
