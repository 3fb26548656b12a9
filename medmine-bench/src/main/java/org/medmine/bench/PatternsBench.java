package org.medmine.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.medmine.apps.associations.Transactions;
import org.medmine.apps.segments.PatientMatrix;
import org.medmine.cohort.EngineFunctions;
import org.medmine.mining.anomaly.IsolationForest;
import org.medmine.mining.cluster.Clustering;
import org.medmine.mining.cluster.KMeans;
import org.medmine.mining.rules.FpGrowth;
import org.medmine.mining.rules.Itemset;
import org.medmine.warehouse.Warehouse;

/**
 * Pattern-discovery bench legs whose reference runs outside the JVM: writes, for a warehouse, its
 * transactions (one line per transaction, items space-separated) with medmine's FP-Growth itemsets
 * and time, and the standardized patient feature matrix plus a planted-blob matrix with medmine's
 * k-means objective; then {@code bench/patterns_reference.py} runs scikit-learn's KMeans (and,
 * where installed, a reference FP-Growth) on the same files and compares. Usage: {@code
 * PatternsBench WAREHOUSE OUTDIR}.
 */
public final class PatternsBench {
  private static final int MAX_LENGTH = 4;
  private static final int RESTARTS = 30;

  private PatternsBench() {}

  public static void main(String[] args) throws IOException, java.sql.SQLException {
    Path warehouseFile = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    try (Warehouse w = Warehouse.openExisting(warehouseFile, true);
        PrintWriter summary =
            new PrintWriter(Files.newBufferedWriter(out.resolve("medmine-results.tsv")))) {
      summary.println("leg\tparameter\tvalue");
      EngineFunctions.installDuckDb(
          w.connection()); // the named SQL functions the apps' queries call
      for (Transactions.Kind kind : Transactions.Kind.ofWarehouse()) {
        fpGrowthLeg(w, kind, out, summary);
      }
      kMeansLegs(w, out, summary);
      isolationForestLeg(out);
    }
    System.out.println(
        "Wrote "
            + out.resolve("medmine-results.tsv")
            + "; now run: /usr/bin/python3 bench/patterns_reference.py "
            + out);
  }

  /**
   * Writes one kind of transactions and medmine's FP-Growth itemsets of them, and their mean time
   * over 5 runs.
   */
  private static void fpGrowthLeg(
      Warehouse w, Transactions.Kind kind, Path out, PrintWriter summary) throws IOException {
    Transactions t = Transactions.read(w.connection(), kind);
    String name = kind.name().toLowerCase(Locale.ROOT);
    Files.write(
        out.resolve("transactions-" + name + ".txt"),
        t.transactions().stream().map(x -> String.join(" ", x)).toList());
    // Low supports over long transactions (a patient's 40 conditions) explode combinatorially:
    // these keep
    // the output in the thousands.
    double minSupport = kind == Transactions.Kind.PATIENT_CONDITIONS ? 0.3 : 0.02;
    FpGrowth fp = new FpGrowth(minSupport, MAX_LENGTH);
    fp.mine(t.transactions()); // warm-up
    long t0 = System.nanoTime();
    int reps = 5;
    List<Itemset> sets = null;
    for (int r = 0; r < reps; r++) {
      sets = fp.mine(t.transactions());
    }
    double ms = (System.nanoTime() - t0) / 1e6 / reps;
    Files.write(
        out.resolve("itemsets-medmine-" + name + ".txt"),
        sets.stream().map(s -> String.join(" ", s.items()) + "\t" + s.count()).sorted().toList());
    summary.printf(
        Locale.ROOT,
        "fpgrowth-%s\t%d %s %d\t%d itemsets in %.1f ms%n",
        name,
        t.transactions().size(),
        minSupport,
        MAX_LENGTH,
        sets.size(),
        ms);
  }

  /**
   * Writes the patient matrix and planted blobs with medmine's k-means objectives (and its time on
   * the blobs).
   */
  private static void kMeansLegs(Warehouse w, Path out, PrintWriter summary) throws IOException {
    PatientMatrix m = PatientMatrix.read(w.connection(), 0.1, 12);
    double[][] z = m.euclidean();
    writeMatrix(out.resolve("matrix-patients.csv"), z);
    for (int k = 2; k <= 4; k++) {
      Clustering c = KMeans.fit(z, k, RESTARTS, 42);
      summary.printf(Locale.ROOT, "kmeans-patients\tk=%d\t%.6f%n", k, c.objective());
    }
    double[][] blobs = blobs(5000, 8, 4, 7);
    writeMatrix(out.resolve("matrix-blobs.csv"), blobs);
    long t0 = System.nanoTime();
    Clustering c = KMeans.fit(blobs, 4, RESTARTS, 42);
    summary.printf(
        Locale.ROOT,
        "kmeans-blobs\tk=4\t%.6f\t%.0f ms%n",
        c.objective(),
        (System.nanoTime() - t0) / 1e6);
  }

  /**
   * Isolation forest: 2,000 blob points plus 20 planted outliers, and medmine's scores for a rank
   * comparison.
   */
  private static void isolationForestLeg(Path out) throws IOException {
    double[][] iso = blobs(2020, 8, 4, 11);
    Random rnd = new Random(13);
    for (int i = 2000; i < iso.length; i++) {
      for (int j = 0; j < 8; j++) {
        iso[i][j] = (rnd.nextBoolean() ? 1 : -1) * (12 + 4 * rnd.nextDouble());
      }
    }
    writeMatrix(out.resolve("matrix-isolation.csv"), iso);
    double[] scores = IsolationForest.fit(iso, 200, 256, 42).scores(iso);
    Files.write(
        out.resolve("isolation-medmine.txt"),
        java.util.Arrays.stream(scores).mapToObj(Double::toString).toList());
  }

  static double[][] blobs(int n, int d, int k, long seed) {
    Random rnd = new Random(seed);
    double[][] centres = new double[k][d];
    for (double[] c : centres) {
      for (int j = 0; j < d; j++) {
        c[j] = rnd.nextGaussian() * 4;
      }
    }
    double[][] x = new double[n][d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        x[i][j] = centres[i % k][j] + rnd.nextGaussian();
      }
    }
    return x;
  }

  static void writeMatrix(Path file, double[][] x) throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file))) {
      for (double[] row : x) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < row.length; j++) {
          sb.append(j == 0 ? "" : ",").append(row[j]);
        }
        w.println(sb);
      }
    }
  }
}
