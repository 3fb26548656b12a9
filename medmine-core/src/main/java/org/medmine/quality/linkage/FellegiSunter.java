package org.medmine.quality.linkage;

import java.util.List;

/**
 * The Fellegi–Sunter (1969) model over agreement vectors: per field and level, m = P(level | match)
 * and u = P(level | non-match), fields conditionally independent. m, u and the match prevalence p
 * among the candidate pairs are estimated by EM (Winkler 1988). u starts from random record pairs
 * (almost all non-matches) and keeps them as a Dirichlet prior, but is re-estimated on the
 * candidates, because blocking makes non-matching candidates agree more often than random pairs do
 * (e.g. on the blocked name); m has a Dirichlet prior favouring agreement. The priors keep EM
 * stable when candidate pairs are few.
 */
public final class FellegiSunter {
  /** How many pseudo-pairs the random-pair estimate of u weighs as a prior. */
  static final double U_PRIOR_PAIRS = 20;

  private final double[][] m;
  private final double[][] u;
  private final double[][] uPrior;
  private double p;
  private int iterations;

  private FellegiSunter(double[][] m, double[][] u, double p) {
    this.m = m;
    this.u = u;
    this.p = p;
    this.uPrior = new double[u.length][];
    for (int f = 0; f < u.length; f++) {
      uPrior[f] = u[f].clone();
    }
  }

  /**
   * Fits the model: u initialized from {@code randomPairs}, then EM for m, u and p on {@code
   * candidates}.
   */
  public static FellegiSunter fit(
      List<int[]> candidates, List<int[]> randomPairs, int maxIterations) {
    int fields = PairComparator.FIELDS.size();
    double[][] u = new double[fields][];
    double[][] m = new double[fields][];
    for (int f = 0; f < fields; f++) {
      int levels = PairComparator.FIELDS.get(f).levels();
      u[f] = new double[levels];
      double[] counts = new double[levels];
      double total = 0;
      for (int[] v : randomPairs) {
        if (v[f] != PairComparator.MISSING) {
          counts[v[f]]++;
          total++;
        }
      }
      for (int l = 0; l < levels; l++) {
        u[f][l] = (counts[l] + 0.5) / (total + 0.5 * levels);
      }
      m[f] = prior(levels);
      double sum = 0;
      for (double x : m[f]) {
        sum += x;
      }
      for (int l = 0; l < levels; l++) {
        m[f][l] /= sum;
      }
    }
    FellegiSunter model = new FellegiSunter(m, u, 0.1);
    model.em(candidates, maxIterations);
    return model;
  }

  /** Dirichlet pseudo-counts for m: agreement is likelier than disagreement among matches. */
  private static double[] prior(int levels) {
    double[] a = new double[levels];
    for (int l = 0; l < levels; l++) {
      a[l] = 1 + 4.0 * l / (levels - 1);
    }
    return a;
  }

  private void em(List<int[]> pairs, int maxIterations) {
    int fields = m.length;
    for (iterations = 1; iterations <= maxIterations; iterations++) {
      double[][] mCounts = new double[fields][];
      double[][] uCounts = new double[fields][];
      for (int f = 0; f < fields; f++) {
        mCounts[f] = prior(m[f].length);
        uCounts[f] = new double[u[f].length];
        for (int l = 0; l < u[f].length; l++) {
          uCounts[f][l] = U_PRIOR_PAIRS * uPrior[f][l];
        }
      }
      double sumG = 0;
      for (int[] v : pairs) {
        double g = probability(v);
        sumG += g;
        for (int f = 0; f < fields; f++) {
          if (v[f] != PairComparator.MISSING) {
            mCounts[f][v[f]] += g;
            uCounts[f][v[f]] += 1 - g;
          }
        }
      }
      double change = 0;
      for (int f = 0; f < fields; f++) {
        change = Math.max(change, normalizeInto(mCounts[f], m[f]));
        change = Math.max(change, normalizeInto(uCounts[f], u[f]));
      }
      double nextP = Math.min(0.999, Math.max(1e-6, (sumG + 1) / (pairs.size() + 2)));
      change = Math.max(change, Math.abs(nextP - p));
      p = nextP;
      if (change < 1e-6) {
        break;
      }
    }
  }

  /** Writes counts/sum(counts) into target; returns the largest change. */
  private static double normalizeInto(double[] counts, double[] target) {
    double total = 0;
    for (double c : counts) {
      total += c;
    }
    double change = 0;
    for (int l = 0; l < counts.length; l++) {
      double next = counts[l] / total;
      change = Math.max(change, Math.abs(next - target[l]));
      target[l] = next;
    }
    return change;
  }

  /** The match weight: the sum over present fields of log2(m/u). */
  public double weight(int[] v) {
    double w = 0;
    for (int f = 0; f < v.length; f++) {
      if (v[f] != PairComparator.MISSING) {
        w += Math.log(m[f][v[f]] / u[f][v[f]]) / Math.log(2);
      }
    }
    return w;
  }

  /**
   * The posterior probability that the pair is a match, given the prevalence p among candidates.
   */
  public double probability(int[] v) {
    double logOdds = Math.log(p / (1 - p)) + weight(v) * Math.log(2);
    return 1 / (1 + Math.exp(-logOdds));
  }

  public double[][] m() {
    return m;
  }

  public double[][] u() {
    return u;
  }

  public double prevalence() {
    return p;
  }

  public int iterations() {
    return iterations;
  }
}
