package org.medmine.bench;

// Run with the source launcher on medmine-synthea's class path (bench/ingest.sh does): it is not compiled by Maven.

import java.nio.file.Path;
import org.medmine.synthea.SyntheaPopulation;

/**
 * Generates (or reuses) the benchmark population: {@code GeneratePopulation CACHE_DIR [PATIENTS [SEED]]} prints
 * the population folder, which holds {@code fhir/} and {@code csv/}.
 */
public final class GeneratePopulation {

  private GeneratePopulation() {}

  /** Entry point. */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: GeneratePopulation CACHE_DIR [PATIENTS [SEED]]");
      System.exit(2);
    }
    int patients = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
    SyntheaPopulation population = SyntheaPopulation.cached(Path.of(args[0]), patients, seed);
    System.out.println(population.root().toAbsolutePath());
  }
}
