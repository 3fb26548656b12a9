package org.medmine.quality.linkage;

import java.util.List;

/**
 * The Fellegi–Sunter (1969) model over agreement vectors: per field and level, m = P(level | match) and
 * u = P(level | non-match), fields conditionally independent. u is estimated from random record pairs
 * (almost all non-matches); m and the match prevalence p by EM over the candidate pairs (Winkler 1988), with
 * a Dirichlet prior on m that keeps EM stable when candidate pairs are few.
 */
public final class FellegiSunter {
  private final double[][] m;
  private final double[][] u;
  private double p;
  private int iterations;

  private FellegiSunter(double[][] m, double[][] u, double p) {
    this.m = m;
    this.u = u;
    this.p = p;
  }

  /** Fits the model: u from {@code randomPairs}, then EM for m and p on {@code candidates}. */
  public static FellegiSunter fit(List<int[]> candidates, List<int[]> randomPairs, int maxIterations) {
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
      double[][] counts = new double[fields][];
      double[] totals = new double[fields];
      for (int f = 0; f < fields; f++) {
        counts[f] = prior(m[f].length);
        for (double a : counts[f]) {
          totals[f] += a;
        }
      }
      double sumG = 0;
      for (int[] v : pairs) {
        double g = probability(v);
        sumG += g;
        for (int f = 0; f < fields; f++) {
          if (v[f] != PairComparator.MISSING) {
            counts[f][v[f]] += g;
            totals[f] += g;
          }
        }
      }
      double change = 0;
      for (int f = 0; f < fields; f++) {
        for (int l = 0; l < m[f].length; l++) {
          double next = counts[f][l] / totals[f];
          change = Math.max(change, Math.abs(next - m[f][l]));
          m[f][l] = next;
        }
      }
      double nextP = Math.min(0.999, Math.max(1e-6, (sumG + 1) / (pairs.size() + 2)));
      change = Math.max(change, Math.abs(nextP - p));
      p = nextP;
      if (change < 1e-6) {
        break;
      }
    }
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

  /** The posterior probability that the pair is a match, given the prevalence p among candidates. */
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
