package org.medmine.bench.timeseries;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.medmine.mining.timeseries.LabelledSeries;

/**
 * Labelled weekly series after the simulation design of Noufaily et al. 2013 (Stat Med
 * 32:1206-1222, §3): baseline mean mu(t) = exp(theta + beta·t + sum over j = 1..m of
 * gamma1·cos(2πjt/52) + gamma2·sin(2πjt/52)), counts negative binomial with variance phi·mu
 * (Poisson when phi = 1); outbreaks of Poisson(k × sd(t0)) cases, sd(t0) = sqrt(phi·mu(t0)) at the
 * start week t0, each case falling floor(L) weeks after t0 with L ~ lognormal(0, 0.5), as in
 * Noufaily et al. Four outbreaks (k uniform on 2..10) fall anywhere in the history and one (k
 * uniform on 1..10) starts in the evaluated weeks. An outbreak's labelled weeks run from its first
 * to its last week with an outbreak case.
 *
 * <p>The eight scenarios span the ranges of the paper's baseline parameters (low and high counts,
 * Poisson and overdispersed, with and without trend, one or two harmonics); they are a selection,
 * not its full table, fixed before any detector was run on them.
 */
final class NoufailySimulator {
  /** A baseline scenario. */
  record Scenario(
      String name, double theta, double phi, double beta, double gamma1, double gamma2, int m) {}

  static final List<Scenario> SCENARIOS =
      List.of(
          new Scenario("N1 low / Poisson / flat", 0.5, 1, 0, 0, 0, 0),
          new Scenario("N2 low / phi 1.5 / seasonal", 1.5, 1.5, 0, 0.2, 0.2, 1),
          new Scenario("N3 mid / Poisson / trend / seasonal", 2.5, 1, 0.003, 0.6, 0.6, 1),
          new Scenario("N4 mid / phi 2 / biannual", 2.5, 2, 0, 0.6, 0.6, 2),
          new Scenario("N5 mid / phi 3 / trend / seasonal", 3, 3, 0.001, 0.2, 0.2, 1),
          new Scenario("N6 high / phi 2 / seasonal", 4, 2, 0, 0.6, 0.6, 1),
          new Scenario("N7 high / phi 5 / trend / biannual", 5, 5, 0.002, 0.4, 0.4, 2),
          new Scenario("N8 low / Poisson / trend", 1, 1, 0.003, 0, 0, 0));

  private NoufailySimulator() {}

  /** One series of {@code weeks} weeks whose evaluated weeks are [first, weeks). */
  static LabelledSeries simulate(Scenario s, String name, int weeks, int first, long seed) {
    RandomGenerator rng = new MersenneTwister(seed);
    double[] mu = new double[weeks];
    double[] y = new double[weeks];
    for (int t = 0; t < weeks; t++) {
      double eta = s.theta() + s.beta() * (t + 1);
      for (int j = 1; j <= s.m(); j++) {
        double a = 2 * Math.PI * j * (t + 1) / 52.0;
        eta += s.gamma1() * Math.cos(a) + s.gamma2() * Math.sin(a);
      }
      mu[t] = Math.exp(eta);
      y[t] = OutbreakSimulator.negativeBinomial(rng, mu[t], s.phi());
    }
    List<LabelledSeries.Outbreak> outbreaks = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      plant(rng, y, mu, s.phi(), rng.nextInt(first), 2 + rng.nextInt(9), outbreaks);
    }
    plant(
        rng,
        y,
        mu,
        s.phi(),
        first + rng.nextInt(weeks - first - 3),
        1 + rng.nextInt(10),
        outbreaks);
    return new LabelledSeries(name, y, outbreaks);
  }

  private static void plant(
      RandomGenerator rng,
      double[] y,
      double[] mu,
      double phi,
      int start,
      int k,
      List<LabelledSeries.Outbreak> outbreaks) {
    double size = OutbreakSimulator.poisson(rng, k * Math.sqrt(phi * mu[start]));
    int last = -1;
    int firstWeek = Integer.MAX_VALUE;
    for (int c = 0; c < size; c++) {
      int t = start + (int) Math.floor(Math.exp(0.5 * rng.nextGaussian()));
      if (t < y.length) {
        y[t]++;
        last = Math.max(last, t);
        firstWeek = Math.min(firstWeek, t);
      }
    }
    if (last >= 0) {
      outbreaks.add(new LabelledSeries.Outbreak(firstWeek, last - firstWeek + 1));
    }
  }
}
