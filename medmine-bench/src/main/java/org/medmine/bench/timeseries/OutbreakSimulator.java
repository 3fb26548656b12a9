package org.medmine.bench.timeseries;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Weekly counts with planted outbreaks, after the simulation design of Noufaily et al. 2013 (§3): a
 * baseline mean exp(theta + beta·t + gamma1·cos(2πt/52) + gamma2·sin(2πt/52)), negative-binomial
 * noise with variance phi·mu, and outbreaks whose weekly excess is Poisson(k × baseline sd) over
 * 2-4 weeks — one in the evaluated weeks and, with probability 1/2 per past year, one in the
 * history (so down-weighting matters).
 */
final class OutbreakSimulator {
  /** A baseline scenario. */
  record Scenario(
      String name, double theta, double beta, double gamma1, double gamma2, double phi) {}

  /**
   * One simulated series: counts and a flag per week for the planted outbreak weeks; outbreaks as
   * {start, length}.
   */
  record Simulated(double[] y, boolean[] outbreak, List<int[]> outbreaksInRange) {}

  static final List<Scenario> SCENARIOS =
      List.of(
          new Scenario("low count, Poisson", 1.5, 0, 0.2, 0.2, 1.0),
          new Scenario("low count, overdispersed", 1.5, 0, 0.6, 0.6, 2.0),
          new Scenario("mid count, trend", 3.0, 0.001, 0.6, 0.6, 1.5),
          new Scenario("high count, overdispersed", 4.0, 0, 0.4, 0.4, 3.0));

  private OutbreakSimulator() {}

  /** Weeks 0..n-1; the evaluated weeks are [first, n). */
  static Simulated simulate(Scenario s, int n, int first, long seed) {
    RandomGenerator rng = new MersenneTwister(seed);
    double[] mu = new double[n];
    double[] y = new double[n];
    for (int t = 0; t < n; t++) {
      double a = 2 * Math.PI * (t + 1) / 52.0;
      mu[t] =
          Math.exp(
              s.theta() + s.beta() * (t + 1) + s.gamma1() * Math.cos(a) + s.gamma2() * Math.sin(a));
      y[t] = negativeBinomial(rng, mu[t], s.phi());
    }
    boolean[] outbreak = new boolean[n];
    // Past outbreaks: one per past year with probability 1/2, anywhere in that year.
    for (int year = 0; (year + 1) * 52 <= first; year++) {
      if (rng.nextDouble() < 0.5) {
        plant(rng, y, mu, s.phi(), outbreak, year * 52 + rng.nextInt(48), null);
      }
    }
    List<int[]> inRange = new ArrayList<>();
    int start = first + rng.nextInt(n - first - 4);
    plant(rng, y, mu, s.phi(), outbreak, start, inRange);
    return new Simulated(y, outbreak, inRange);
  }

  private static void plant(
      RandomGenerator rng,
      double[] y,
      double[] mu,
      double phi,
      boolean[] flag,
      int start,
      List<int[]> record) {
    int length = 2 + rng.nextInt(3);
    double k = new double[] {2, 3, 5}[rng.nextInt(3)];
    for (int t = start; t < Math.min(y.length, start + length); t++) {
      y[t] += poisson(rng, k * Math.sqrt(phi * mu[t]));
      flag[t] = true;
    }
    if (record != null) {
      record.add(new int[] {start, Math.min(length, y.length - start)});
    }
  }

  static double negativeBinomial(RandomGenerator rng, double mu, double phi) {
    if (phi <= 1) {
      return poisson(rng, mu);
    }
    double shape = mu / (phi - 1);
    double lambda = new GammaDistribution(rng, shape, phi - 1).sample();
    return poisson(rng, lambda);
  }

  static double poisson(RandomGenerator rng, double mean) {
    return mean <= 0
        ? 0
        : new PoissonDistribution(
                rng,
                mean,
                PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS)
            .sample();
  }
}
