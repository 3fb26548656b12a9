package org.medmine.apps.fraud;

import java.util.Locale;

/**
 * Why a provider ranks high: one feature far above its peers.
 *
 * @param feature the feature
 * @param value the provider's raw value
 * @param peerMedian the peers' median on the comparison scale (log1p for counts and amounts, Wilson
 *     lower bound for shares)
 * @param z the robust z-score
 * @param text the reason as a sentence fragment a reviewer reads
 */
public record FraudReason(
    FraudFeature feature, double value, double peerMedian, double z, String text) {
  static FraudReason of(FraudFeature feature, double value, double peerMedian, double z) {
    double typical =
        switch (feature.kind()) {
          case LOG -> Math.expm1(peerMedian);
          case RAW, SHARE, EXCESS -> peerMedian;
        };
    String text =
        String.format(
            Locale.ROOT,
            "%s: %s (peers typically %s; robust z %.1f) — suggests %s",
            feature.label(),
            feature.format(value),
            feature.format(typical),
            z,
            feature.scheme());
    return new FraudReason(feature, value, peerMedian, z, text);
  }
}
