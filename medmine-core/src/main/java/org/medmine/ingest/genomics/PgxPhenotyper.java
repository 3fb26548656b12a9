package org.medmine.ingest.genomics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gene calls to phenotypes: CPIC's diplotype tables for the genes that have one, activity scores
 * for an outside CYP2D6 call ({@link Cyp2d6Phenotype}), and for CYP4F2, which has no CPIC
 * phenotype, whether the rs2108622 T allele (*3, V433M) that the warfarin guideline uses is
 * carried.
 */
public final class PgxPhenotyper {
  /** CYP4F2's result when either allele carries rs2108622 T. */
  public static final String CYP4F2_CARRIER = "rs2108622 T carrier";

  /** CYP4F2's result when neither does. */
  public static final String CYP4F2_NONCARRIER = "rs2108622 T noncarrier";

  private final Map<String, Optional<GenePhenotypes>> tables = new HashMap<>();
  private final Cyp2d6Phenotype cyp2d6 = Cyp2d6Phenotype.shipped();

  /** The phenotype of {@code call}. */
  public GenePhenotype of(GeneCall call) {
    String basis = call.source();
    if (call.gene().equals("CYP2D6")) {
      return call.called()
          ? cyp2d6.of(call.diplotypes().get(0), basis)
          : indeterminate(call, basis);
    }
    if (call.gene().equals("CYP4F2")) {
      return cyp4f2(call, basis);
    }
    Optional<GenePhenotypes> table = tables.computeIfAbsent(call.gene(), GenePhenotypes::load);
    return table.map(t -> t.of(call, basis)).orElseGet(() -> indeterminate(call, basis));
  }

  /** The phenotype of a diplotype known from elsewhere (an outside call, the warehouse). */
  public GenePhenotype of(Diplotype diplotype, String basis) {
    GeneCall call = GeneCall.outside(diplotype);
    GenePhenotype p = of(call);
    return new GenePhenotype(
        p.gene(), p.diplotype(), p.phenotype(), p.activityScore(), p.alternatives(), basis);
  }

  /** Whether CYP2D6 activity values know {@code allele}. */
  public boolean knowsCyp2d6(String allele) {
    return cyp2d6.knows(allele);
  }

  private static GenePhenotype indeterminate(GeneCall call, String basis) {
    return new GenePhenotype(
        call.gene(), call.diplotypeText(), GenePhenotype.INDETERMINATE, null, List.of(), basis);
  }

  private static GenePhenotype cyp4f2(GeneCall call, String basis) {
    java.util.Set<String> results = new java.util.LinkedHashSet<>();
    for (Diplotype d : call.diplotypes()) {
      boolean carrier =
          Cyp4f2Alleles.carriesRs2108622T(d.first()) || Cyp4f2Alleles.carriesRs2108622T(d.second());
      results.add(carrier ? CYP4F2_CARRIER : CYP4F2_NONCARRIER);
    }
    String phenotype =
        results.size() == 1 ? results.iterator().next() : GenePhenotype.INDETERMINATE;
    return new GenePhenotype(call.gene(), call.diplotypeText(), phenotype, null, List.of(), basis);
  }
}
