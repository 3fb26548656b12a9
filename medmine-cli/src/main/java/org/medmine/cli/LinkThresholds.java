package org.medmine.cli;

import org.medmine.apps.link.MatchThresholds;
import picocli.CommandLine.Option;

/** The thresholds and seed of {@code medmine link} and its subcommands. */
final class LinkThresholds {
  @Option(names = "--threshold", defaultValue = "0.9", paramLabel = "P",
      description = "Match probability at or above which two records are linked. Default: ${DEFAULT-VALUE}.")
  double threshold;

  @Option(names = "--review-threshold", defaultValue = "0.3", paramLabel = "P",
      description = "Pairs from this probability up to the threshold go to link_review. Default: ${DEFAULT-VALUE}.")
  double reviewThreshold;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S",
      description = "Seed for the random pairs that measure u. Default: ${DEFAULT-VALUE}.")
  long seed;

  MatchThresholds options() {
    return new MatchThresholds(threshold, reviewThreshold, seed);
  }
}
