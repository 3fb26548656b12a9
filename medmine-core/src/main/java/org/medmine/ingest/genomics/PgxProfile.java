package org.medmine.ingest.genomics;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A patient's pharmacogenomic results, one per gene: what {@link PgxRecommendations#forDrug} reads.
 * Built from the gene calls of a VCF (and outside calls), or read back from the warehouse's
 * genotype and phenotype observations, whether {@code medmine pgx} stored them or FHIR ingest
 * brought them ({@link #fromWarehouse}).
 *
 * @param patient the patient's id, null when not known
 * @param genes the results, in gene order
 * @param dependsOnMissing the genes whose call could change if missing positions were known
 */
public record PgxProfile(String patient, List<GenePhenotype> genes, Set<String> dependsOnMissing) {
  public PgxProfile {
    genes = List.copyOf(genes);
    dependsOnMissing = Set.copyOf(dependsOnMissing);
  }

  /** A profile of {@code patient} from {@code calls}; genes not tested are left out. */
  public static PgxProfile of(String patient, List<GeneCall> calls, PgxPhenotyper phenotyper) {
    List<GenePhenotype> genes = new ArrayList<>();
    java.util.Set<String> open = new java.util.TreeSet<>();
    for (GeneCall call : calls) {
      if (!call.tested()) {
        continue;
      }
      genes.add(phenotyper.of(call));
      if (call.dependsOnMissing()) {
        open.add(call.gene());
      }
    }
    return new PgxProfile(patient, genes, open);
  }

  /** A profile of the given results (e.g. phenotypes a test or another system knows). */
  public static PgxProfile of(String patient, GenePhenotype... genes) {
    return new PgxProfile(patient, List.of(genes), Set.of());
  }

  /**
   * The profile of patient {@code patient} of source {@code source} from the genotype (LOINC
   * 84413-4) and phenotype (LOINC 53040-2) observations in the warehouse behind {@code connection}
   * (see {@link GenotypeObservations}); empty genes when there are none.
   */
  public static PgxProfile fromWarehouse(Connection connection, String source, String patient) {
    return GenotypeObservations.read(connection, source, patient, new PgxPhenotyper());
  }

  /** The result for {@code gene}, if the profile has one. */
  public Optional<GenePhenotype> gene(String gene) {
    return genes.stream().filter(g -> g.gene().equals(gene)).findFirst();
  }

  /** Whether {@code gene}'s call could change if missing positions were known. */
  public boolean dependsOnMissing(String gene) {
    return dependsOnMissing.contains(gene);
  }
}
