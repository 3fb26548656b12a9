package org.medmine.ingest.genomics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.medmine.ingest.genomics.AlleleDefinition.NamedAllele;
import org.medmine.ingest.genomics.AlleleDefinition.Variant;

/**
 * Genotypes to diplotypes for a gene defined by positions, after PharmCAT's NamedAlleleMatcher
 * (Sangkuhl et al., Clin Pharmacol Ther 2020;107:203-210, PMID 31306493; PharmCAT documentation,
 * "Named Allele Matcher 101" and "201"): positions the sample has no call at are set aside; each
 * named allele is compared at every called position, a position its definition leaves blank
 * standing for the reference allele there (IUPAC codes match any of their bases); unphased
 * heterozygous calls are tried in every phase; a diplotype scores the number of called positions
 * its two alleles' definitions fill in (so the most specific match wins), and the best-scoring
 * diplotypes are reported, all of them when several tie. Where medmine differs from PharmCAT is in
 * docs/pgx.md (no partial or combination alleles, no per-gene exemptions, no phase sets).
 */
public final class NamedAlleleMatcher {
  /** More unphased heterozygous positions than this are not phased by enumeration. */
  static final int MAX_UNPHASED_HETEROZYGOUS = 14;

  private final AlleleDefinition definition;

  public NamedAlleleMatcher(AlleleDefinition definition) {
    this.definition = definition;
  }

  /** The gene's call for {@code sample}. */
  public GeneCall match(VcfSample sample) {
    SampleCalls calls = SampleCalls.of(definition, sample);
    List<String> notes = new ArrayList<>(calls.notes());
    List<Candidate> candidates = candidates(calls);
    List<String> missed = possiblyMissed(calls);
    if (calls.calledCount() == 0) {
      notes.add("no defining position of " + definition.gene() + " has a call in the VCF");
      return call(calls, List.of(), List.of(), notes);
    }
    List<Integer> heterozygous = calls.heterozygousIndexes();
    if (!calls.phased() && heterozygous.size() > MAX_UNPHASED_HETEROZYGOUS) {
      notes.add(heterozygous.size() + " unphased heterozygous positions: too many to phase here");
      return call(calls, List.of(), missed, notes);
    }
    Map<String, Diplotype> best = new LinkedHashMap<>();
    int bestScore = -1;
    for (String[][] pair : calls.phasings()) {
      for (Candidate a : matching(candidates, pair[0])) {
        for (Candidate b : matching(candidates, pair[1])) {
          int score = a.score() + b.score();
          if (score > bestScore) {
            best.clear();
            bestScore = score;
          }
          if (score == bestScore) {
            Diplotype d = Diplotype.of(definition.gene(), a.name(), b.name(), score);
            best.putIfAbsent(d.text(), d);
          }
        }
      }
    }
    if (best.isEmpty()) {
      notes.add("no pair of named alleles matches the calls (a novel or unlisted haplotype?)");
    }
    List<Diplotype> diplotypes = new ArrayList<>(best.values());
    diplotypes.sort(
        java.util.Comparator.comparing(Diplotype::first, Diplotype.ALLELE_ORDER)
            .thenComparing(Diplotype::second, Diplotype.ALLELE_ORDER));
    return call(calls, diplotypes, missed, notes);
  }

  private GeneCall call(
      SampleCalls calls, List<Diplotype> diplotypes, List<String> missed, List<String> notes) {
    java.util.Set<String> called = new java.util.HashSet<>();
    diplotypes.forEach(d -> called.addAll(d.alleles()));
    return new GeneCall(
        definition.gene(),
        "vcf",
        diplotypes,
        calls.phased(),
        calls.variantCalls(),
        calls.missingLabels(),
        missed.stream().filter(a -> !called.contains(a)).toList(),
        missed.stream().filter(called::contains).toList(),
        calls.calledCount(),
        notes);
  }

  /** A named allele restricted to the called positions, with its score there. */
  private record Candidate(String name, String[] bases, int score) {}

  private List<Candidate> candidates(SampleCalls calls) {
    List<Candidate> out = new ArrayList<>();
    List<String> reference = definition.referenceAllele().bases();
    for (NamedAllele allele : definition.alleles()) {
      String[] bases = new String[definition.variants().size()];
      int score = 0;
      for (int i = 0; i < bases.length; i++) {
        if (calls.missing(i)) {
          continue;
        }
        String base = allele.bases().get(i);
        bases[i] = base != null ? base : reference.get(i);
        score += base != null ? 1 : 0;
      }
      if (score > 0 || allele.reference()) {
        out.add(new Candidate(allele.name(), bases, score));
      }
    }
    return out;
  }

  private static List<Candidate> matching(List<Candidate> candidates, String[] haplotype) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      boolean all = true;
      for (int i = 0; i < haplotype.length && all; i++) {
        all = c.bases()[i] == null || Iupac.matches(c.bases()[i], haplotype[i]);
      }
      if (all) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The non-reference alleles that define a variant at a missing position and agree with the sample
   * wherever it was called: a missing position could hide them.
   */
  private List<String> possiblyMissed(SampleCalls calls) {
    TreeSet<String> out = new TreeSet<>(Diplotype.ALLELE_ORDER);
    List<Variant> variants = definition.variants();
    List<String> reference = definition.referenceAllele().bases();
    for (NamedAllele allele : definition.alleles()) {
      boolean hidden = false;
      boolean consistent = true;
      for (int i = 0; i < variants.size() && consistent; i++) {
        String base = allele.bases().get(i);
        Optional<String[]> called = calls.at(i);
        if (called.isEmpty()) {
          hidden |= base != null && !allele.reference() && !base.equals(variants.get(i).ref());
        } else {
          String b = base != null ? base : reference.get(i);
          consistent = Iupac.matches(b, called.get()[0]) || Iupac.matches(b, called.get()[1]);
        }
      }
      if (hidden && consistent) {
        out.add(allele.name());
      }
    }
    return List.copyOf(out);
  }
}
