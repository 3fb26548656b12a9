package org.medmine.ingest.genomics;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link VcfReader} read of one sample: its genotypes at the positions asked for (keyed by
 * {@link #key(String, long)}), the data lines refused with their reasons, and how many data lines
 * the file held.
 *
 * @param file the VCF file
 * @param sample the sample's name in the #CHROM header
 * @param genotypes the genotypes at the wanted positions
 * @param problems the data lines refused, in file order
 * @param dataLines the number of data lines read
 */
public record VcfSample(
    String file,
    String sample,
    Map<String, VcfGenotype> genotypes,
    List<VcfProblem> problems,
    long dataLines) {
  public VcfSample {
    genotypes = Map.copyOf(genotypes);
    problems = List.copyOf(problems);
  }

  /** The genotype at {@code chromosome:position}, if the file has a line there. */
  public Optional<VcfGenotype> at(String chromosome, long position) {
    return Optional.ofNullable(genotypes.get(key(chromosome, position)));
  }

  /** A chromosome and position as one key, {@code chr} prefix or not ({@code 10:94761900}). */
  public static String key(String chromosome, long position) {
    String c = chromosome.startsWith("chr") ? chromosome.substring(3) : chromosome;
    return c + ":" + position;
  }
}
