package org.medmine.apps.link;

import org.medmine.quality.linkage.PatientLinker;

/**
 * The thresholds and seed every linkage app takes: the match probability at or above which two
 * records are linked, the probability from which a pair goes to review, and the seed of the random
 * pairs that measure the u probabilities. They must satisfy 0 <= review <= match <= 1 (a user error
 * otherwise).
 */
public record MatchThresholds(double match, double review, long seed) {
  /** The thresholds of a plain {@code medmine link}: 0.9, 0.3, seed 42. */
  public static final MatchThresholds DEFAULTS = new MatchThresholds(0.9, 0.3, 42);

  public MatchThresholds {
    linker(match, review, seed);
  }

  /** The linker's options: these thresholds and seed, the other settings at their defaults. */
  public PatientLinker.Options linker() {
    return linker(match, review, seed);
  }

  private static PatientLinker.Options linker(double match, double review, long seed) {
    PatientLinker.Options d = PatientLinker.Options.defaults();
    return new PatientLinker.Options(
        match,
        review,
        Math.min(d.cannotLinkBelow(), review),
        seed,
        d.randomPairs(),
        d.maxBlockSize());
  }
}
