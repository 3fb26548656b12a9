package org.medmine.cli;

import org.medmine.quality.linkage.PatientLinker;
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

  PatientLinker.Options options() {
    PatientLinker.Options d = PatientLinker.Options.defaults();
    return new PatientLinker.Options(threshold, reviewThreshold, Math.min(d.cannotLinkBelow(), reviewThreshold), seed,
        d.randomPairs(), d.maxBlockSize());
  }
}
