package org.medmine.ingest.genomics;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The CYP4F2 named alleles whose definition carries rs2108622 T (p.V433M, *3): the variant CPIC's
 * warfarin guideline (Johnson et al. 2017) adjusts the dose for. Read from the shipped definitions.
 */
final class Cyp4f2Alleles {
  private static final String RSID = "rs2108622";
  private static final Set<String> CARRIERS = carriers();

  private Cyp4f2Alleles() {}

  static boolean carriesRs2108622T(String allele) {
    return CARRIERS.contains(allele);
  }

  private static Set<String> carriers() {
    AlleleDefinition d = AlleleDefinition.load("CYP4F2");
    int index = -1;
    for (int i = 0; i < d.variants().size(); i++) {
      index = RSID.equals(d.variants().get(i).rsid()) ? i : index;
    }
    if (index < 0) {
      throw new IllegalStateException("the CYP4F2 definitions lack " + RSID);
    }
    int at = index;
    String ref = d.variants().get(at).ref();
    return d.alleles().stream()
        .filter(a -> a.bases().get(at) != null && !a.bases().get(at).equals(ref))
        .map(AlleleDefinition.NamedAllele::name)
        .collect(Collectors.toUnmodifiableSet());
  }
}
