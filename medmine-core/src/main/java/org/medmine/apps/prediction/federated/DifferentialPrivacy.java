package org.medmine.apps.prediction.federated;

/**
 * Site-level differential privacy of federated averaging by the Gaussian mechanism: each site's
 * change of the model is clipped to L2 norm {@code clipNorm} and the sum gets Gaussian noise of
 * standard deviation {@code noiseMultiplier * clipNorm}, drawn as equal shares at the sites (so no
 * party sees a noiseless sum). Each round is {@code 1/(2 noiseMultiplier^2)}-zCDP and rounds add
 * up; the total converts to ({@code epsilon}, {@code delta})-DP as {@code rho + 2 sqrt(rho
 * ln(1/delta))} (Bun and Steinke, TCC 2016, Proposition 1.3).
 *
 * @param clipNorm the largest L2 norm of one site's change per round
 * @param noiseMultiplier the noise's standard deviation in units of {@code clipNorm}
 * @param delta the delta of the reported (epsilon, delta) budget
 * @param seed the seed of the sites' noise
 */
public record DifferentialPrivacy(
    double clipNorm, double noiseMultiplier, double delta, long seed) {
  public DifferentialPrivacy {
    if (!(clipNorm > 0) || !(noiseMultiplier > 0) || !(delta > 0 && delta < 1)) {
      throw new IllegalArgumentException(
          "differential privacy needs clipNorm > 0, noiseMultiplier > 0 and 0 < delta < 1");
    }
  }

  /** The zCDP parameter rho spent by {@code rounds} rounds. */
  public double rho(int rounds) {
    return rounds / (2 * noiseMultiplier * noiseMultiplier);
  }

  /** The epsilon of the ({@code epsilon}, {@link #delta}) budget spent by {@code rounds} rounds. */
  public double epsilon(int rounds) {
    double rho = rho(rounds);
    return rho + 2 * Math.sqrt(rho * Math.log(1 / delta));
  }
}
