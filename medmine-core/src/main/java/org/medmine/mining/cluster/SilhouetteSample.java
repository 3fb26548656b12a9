package org.medmine.mining.cluster;

import java.util.SplittableRandom;
import org.apache.commons.math3.ml.distance.DistanceMeasure;

/**
 * The mean silhouette (Rousseeuw 1987) of a partition estimated on a seeded simple random sample of
 * the points, as CLARA judges its clusterings on samples (Kaufman and Rousseeuw 1990, ch. 3): the
 * sample's distance matrix is computed once and serves every partition compared, so choosing k over
 * many points costs O(s²) memory for s sampled points instead of O(n²). With no more points than
 * the sample size every point is taken and the value is the exact {@link Silhouette#mean}.
 */
public final class SilhouetteSample {
  /** The sample size the clusterers use: exact up to this many points, a 72 MB matrix at most. */
  public static final int POINTS = 3000;

  private final int[] rows;
  private final double[][] distance;

  private SilhouetteSample(int[] rows, double[][] distance) {
    this.rows = rows;
    this.distance = distance;
  }

  /** Samples at most {@code size} rows of {@code x} (in row order) with {@code seed}. */
  public static SilhouetteSample of(double[][] x, DistanceMeasure measure, int size, long seed) {
    int[] rows = Clara.sampleRows(x.length, size, new SplittableRandom(seed));
    double[][] sample = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      sample[i] = x[rows[i]];
    }
    return new SilhouetteSample(rows, Dbscan.matrix(sample, measure));
  }

  /** The sampled points' mean silhouette under {@code labels} of all points. */
  public double mean(int[] labels) {
    int[] sampled = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      sampled[i] = labels[rows[i]];
    }
    return Silhouette.mean(distance, sampled);
  }

  /** How many points the estimate rests on. */
  public int size() {
    return rows.length;
  }
}
