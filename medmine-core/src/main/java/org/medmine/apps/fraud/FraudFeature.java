package org.medmine.apps.fraud;

import java.util.Locale;

/**
 * A per-provider feature of the fraud screen, with how it is compared to peers and how a reason
 * reads. Share features are scored on the lower bound of their 95% Wilson interval, so a provider
 * with one odd claim out of five does not outrank one with thirty out of a hundred.
 */
public enum FraudFeature {
  CLAIMS_PER_PATIENT("claims per patient", Kind.LOG, "excessive services"),
  SERVICES_PER_CLAIM(
      "billed services per claim relative to the same visit type elsewhere",
      Kind.LOG,
      "excessive services"),
  COST_PER_CLAIM("mean billed amount per claim", Kind.LOG, "overcharging or upcoding"),
  MIX_DIVERGENCE(
      "procedure-mix divergence from peers (Jensen-Shannon, bits)",
      Kind.RAW,
      "unusual practice pattern"),
  OFF_HOURS(
      "claims dated on weekends or at night beyond their recorded encounters' share",
      Kind.EXCESS,
      "off-hours billing"),
  NO_ENCOUNTER("claims with no recorded encounter", Kind.SHARE, "phantom billing"),
  VISIT_UPCODED("claims billing a visit type other than the one recorded", Kind.SHARE, "upcoding"),
  SPLIT_CLAIMS("claims split from one encounter with different codes", Kind.SHARE, "unbundling"),
  DUPLICATES("duplicate claims (same patient, day and codes)", Kind.SHARE, "duplicate billing"),
  IMPOSSIBLE(
      "claims with a sex-impossible or post-mortem service", Kind.SHARE, "impossible services");

  /** How a feature is put on a scale where peers are compared. */
  enum Kind {
    /** A positive quantity compared on a log scale (ratios matter, not differences). */
    LOG,
    /** A quantity compared as is. */
    RAW,
    /** A fraction of the provider's claims, compared by its Wilson lower bound. */
    SHARE,
    /**
     * A share minus the share expected for the provider's patients, compared as is (percentage
     * points).
     */
    EXCESS
  }

  private final String label;
  private final Kind kind;
  private final String scheme;

  FraudFeature(String label, Kind kind, String scheme) {
    this.label = label;
    this.kind = kind;
    this.scheme = scheme;
  }

  public String label() {
    return label;
  }

  Kind kind() {
    return kind;
  }

  /** The fraud scheme a high value suggests. */
  public String scheme() {
    return scheme;
  }

  /** The stable JSON name, e.g. {@code no-encounter}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The value as a reader sees it: a percentage for shares, a number otherwise. */
  public String format(double value) {
    return switch (kind) {
      case SHARE -> String.format(Locale.ROOT, "%.1f%%", value * 100);
      case EXCESS -> String.format(Locale.ROOT, "%+.1f points", value * 100);
      case LOG, RAW -> String.format(Locale.ROOT, value >= 100 ? "%,.0f" : "%.2f", value);
    };
  }

  /** The value put on the comparison scale, from the raw value and, for shares, the claim count. */
  double scaled(double value, long claims) {
    return switch (kind) {
      case LOG -> Math.log1p(value);
      case RAW, EXCESS -> value;
      case SHARE -> wilsonLower(value, claims);
    };
  }

  /**
   * The smallest scale a peer group may have on the comparison scale (identical peers are common).
   */
  double minScale() {
    return switch (kind) {
      case LOG -> 0.05;
      case RAW -> 0.01;
      case SHARE, EXCESS -> 0.02;
    };
  }

  /** The lower bound of the 95% Wilson score interval for a proportion {@code p} of {@code n}. */
  static double wilsonLower(double p, long n) {
    if (n <= 0) {
      return 0;
    }
    double z = 1.959964;
    double z2n = z * z / n;
    double centre = p + z2n / 2;
    double margin = z * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n));
    return Math.max(0, (centre - margin) / (1 + z2n));
  }
}
