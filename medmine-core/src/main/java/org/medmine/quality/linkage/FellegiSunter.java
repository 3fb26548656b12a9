package org.medmine.quality.linkage;

import java.util.List;

/**
 * The Fellegi–Sunter (1969) model over agreement vectors: per field and level, m = P(level | match)
 * and u = P(level | non-match), fields conditionally independent. u is measured on pairs known to
 * be non-matches and held fixed ({@link #agreementRates}); m and the match prevalence p among the
 * training pairs are estimated by EM (Winkler 1988), m with a Dirichlet prior favouring agreement
 * that keeps EM stable when pairs are few. Holding u fixed is what keeps EM from taking another
 * latent class for the match class: left free on pairs of a household, it takes the household
 * (Winkler 1988 needed a third class for that); Splink (UK Ministry of Justice) likewise measures u
 * apart and trains only m.
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

  /**
   * The distribution of agreement levels of each field over {@code vectors} (missing fields
   * skipped), with half a pseudo-count per level so no level has probability 0.
   */
  public static double[][] agreementRates(List<int[]> vectors) {
    int fields = PairComparator.FIELDS.size();
    double[][] out = new double[fields][];
    for (int f = 0; f < fields; f++) {
      int levels = PairComparator.FIELDS.get(f).levels();
      double[] counts = new double[levels];
      double total = 0;
      for (int[] v : vectors) {
        if (v[f] != PairComparator.MISSING) {
          counts[v[f]]++;
          total++;
        }
      }
      out[f] = new double[levels];
      for (int l = 0; l < levels; l++) {
        out[f][l] = (counts[l] + 0.5) / (total + 0.5 * levels);
      }
    }
    return out;
  }

  /** Fits m and p by EM on {@code training} pairs, with u fixed. */
  public static FellegiSunter fit(List<int[]> training, double[][] u, int maxIterations) {
    int fields = PairComparator.FIELDS.size();
    double[][] m = new double[fields][];
    for (int f = 0; f < fields; f++) {
      m[f] = prior(PairComparator.FIELDS.get(f).levels());
      normalizeInto(m[f].clone(), m[f]);
    }
    FellegiSunter model = new FellegiSunter(m, u, 0.1);
    model.em(training, maxIterations);
    return model;
  }

  /**
   * This model's m and prevalence with other u-probabilities (for scoring with u measured
   * elsewhere).
   */
  public FellegiSunter withU(double[][] otherU) {
    FellegiSunter out = new FellegiSunter(m, otherU, p);
    out.iterations = iterations;
    return out;
  }

  /**
   * Dirichlet pseudo-counts for m, twenty pseudo-pairs in all: among matches a field agrees fully
   * with mean 0.8 (3 levels) or 0.95 (2 levels), partly with 0.15, not at all with 0.05. With
   * thousands of matches the data outweigh it; with a handful, EM would otherwise fit whatever
   * group of similar non-matches it finds.
   */
  private static double[] prior(int levels) {
    return levels == 2 ? new double[] {1, 19} : new double[] {1, 3, 16};
  }

  private void em(List<int[]> pairs, int maxIterations) {
    int fields = m.length;
    for (iterations = 1; iterations <= maxIterations; iterations++) {
      double[][] mCounts = new double[fields][];
      for (int f = 0; f < fields; f++) {
        mCounts[f] = prior(m[f].length);
      }
      double sumG = 0;
      for (int[] v : pairs) {
        double g = probability(v);
        sumG += g;
        for (int f = 0; f < fields; f++) {
          if (v[f] != PairComparator.MISSING) {
            mCounts[f][v[f]] += g;
          }
        }
      }
      double change = 0;
      for (int f = 0; f < fields; f++) {
        change = Math.max(change, normalizeInto(mCounts[f], m[f]));
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

  /**
   * A model with known parameters (as stored by an earlier run): m and u per field and level, p.
   */
  public static FellegiSunter of(double[][] m, double[][] u, double prevalence) {
    if (m.length != PairComparator.FIELDS.size() || u.length != m.length) {
      throw new IllegalArgumentException(
          "a model needs m and u for each of " + PairComparator.FIELDS.size() + " fields");
    }
    for (int f = 0; f < m.length; f++) {
      int levels = PairComparator.FIELDS.get(f).levels();
      if (m[f].length != levels || u[f].length != levels) {
        throw new IllegalArgumentException(
            "field "
                + PairComparator.FIELDS.get(f).name()
                + " needs "
                + levels
                + " levels of m and u");
      }
    }
    return new FellegiSunter(m, u, prevalence);
  }

  /** The weight of each field, log2(m/u) of its level, 0 where the field is missing. */
  public double[] fieldWeights(int[] v) {
    double[] out = new double[v.length];
    for (int f = 0; f < v.length; f++) {
      if (v[f] != PairComparator.MISSING) {
        out[f] = Math.log(m[f][v[f]] / u[f][v[f]]) / Math.log(2);
      }
    }
    return out;
  }

  /** The posterior match probability of a pair whose total weight is {@code weight} bits. */
  public double probabilityOfWeight(double weight) {
    double logOdds = Math.log(p / (1 - p)) + weight * Math.log(2);
    return 1 / (1 + Math.exp(-logOdds));
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
