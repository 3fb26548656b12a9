package org.medmine.ingest.genomics;

import java.util.List;

/**
 * What the named-allele matcher made of one gene in one sample: every best-scoring diplotype
 * consistent with the genotypes (several when phase or a missing position leaves the call open),
 * the defining positions the sample has no call at, the named alleles that a missing position could
 * hide, and notes for people.
 *
 * @param gene the gene
 * @param source where the call came from: {@code vcf} or {@code outside call}
 * @param diplotypes the best-scoring diplotypes; empty when no call could be made
 * @param phased whether the sample's heterozygous calls were all phased
 * @param variantCalls the non-reference calls at defining positions ({@code rs4244285 G/A})
 * @param missingPositions defining positions without a call (rsid or chromosome:position)
 * @param possiblyMissed named alleles consistent with the calls that define a variant at a missing
 *     position: the call could change if those positions were known
 * @param calledPositions how many defining positions the sample has a call at (0 for an outside
 *     call)
 * @param notes what else the reader should know
 */
public record GeneCall(
    String gene,
    String source,
    List<Diplotype> diplotypes,
    boolean phased,
    List<String> variantCalls,
    List<String> missingPositions,
    List<String> possiblyMissed,
    List<String> partiallyMatched,
    int calledPositions,
    List<String> notes) {
  public GeneCall {
    diplotypes = List.copyOf(diplotypes);
    variantCalls = List.copyOf(variantCalls);
    missingPositions = List.copyOf(missingPositions);
    possiblyMissed = List.copyOf(possiblyMissed);
    partiallyMatched = List.copyOf(partiallyMatched);
    notes = List.copyOf(notes);
  }

  /** A call given from outside the VCF (e.g. CYP2D6 from a structural-variant caller or a lab). */
  public static GeneCall outside(Diplotype diplotype) {
    return new GeneCall(
        diplotype.gene(),
        "outside call",
        List.of(diplotype),
        true,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        0,
        List.of("diplotype given from outside the VCF"));
  }

  /** Whether the gene was tested: given from outside, or with a call at a defining position. */
  public boolean tested() {
    return calledPositions > 0 || !source.equals("vcf");
  }

  /** Whether one diplotype was called. */
  public boolean called() {
    return diplotypes.size() == 1;
  }

  /** Whether several diplotypes fit the calls equally well (phase or missing data). */
  public boolean ambiguous() {
    return diplotypes.size() > 1;
  }

  /** Whether the call could change if the missing positions were known. */
  public boolean dependsOnMissing() {
    return !possiblyMissed.isEmpty() || !partiallyMatched.isEmpty();
  }

  /** The diplotypes as text, {@code *1/*2 or *1/*3}; {@code no call} when there is none. */
  public String diplotypeText() {
    return diplotypes.isEmpty()
        ? "no call"
        : String.join(" or ", diplotypes.stream().map(Diplotype::text).toList());
  }
}
