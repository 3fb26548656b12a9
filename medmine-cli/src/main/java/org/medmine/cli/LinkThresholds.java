package org.medmine.cli;

import org.medmine.apps.link.MatchThresholds;
import picocli.CommandLine.Option;

/** The thresholds and seed of {@code medmine link} and its subcommands. */
final class LinkThresholds {
  @Option(names = "--threshold", defaultValue = "0.9", paramLabel = "P")
  double threshold;

  @Option(names = "--review-threshold", defaultValue = "0.3", paramLabel = "P")
  double reviewThreshold;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S")
  long seed;

  MatchThresholds options() {
    return new MatchThresholds(threshold, reviewThreshold, seed);
  }
}
