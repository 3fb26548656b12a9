package org.medmine.demo;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.medmine.model.MedmineUserException;

/**
 * What the demo runs on: a Synthea population of {@code patients} people generated with {@code
 * seed} (1 to 100,000 people), the folder {@code out} its files go to, and the warehouse file, by
 * default {@code out/medmine.duckdb}.
 */
public record DemoOptions(int patients, long seed, Path out, Optional<Path> warehouse) {
  /** The most people the demo generates. */
  public static final int MAX_PATIENTS = 100_000;

  public DemoOptions {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(warehouse, "warehouse");
    if (patients < 1 || patients > MAX_PATIENTS) {
      throw new MedmineUserException(
          "--patients must be between 1 and 100000, not " + patients + ".");
    }
  }

  /** The warehouse the population is ingested into. */
  public Path warehouseFile() {
    return warehouse.orElse(out.resolve("medmine.duckdb"));
  }

  /** Where the population of these options is generated, and found again by a later run. */
  Path populationFolder() {
    return out.resolve("population-p" + patients + "-s" + seed);
  }
}
