package org.medmine.bench.patterns;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.medmine.apps.associations.Transactions;
import org.medmine.mining.rules.FpGrowth;
import org.medmine.warehouse.Warehouse;

/**
 * Bench leg of issue 6: medmine's FP-Growth against Spark MLlib's FPGrowth in local mode on the
 * same warehouse transactions, itemsets of every length. Per transaction kind: a warm-up of each,
 * then the median of {@code REPS} timed runs; Spark's time is {@code fit} plus collecting the
 * itemsets from a cached DataFrame with the session already up (its start-up is reported apart).
 * The itemsets must be identical or the leg fails. Lives in test sources because Spark is a
 * test-scope dependency. Usage: {@code SparkFpGrowthBench WAREHOUSE OUTDIR [THREADS]}; {@code
 * bench/patterns.sh --spark} runs it.
 */
public final class SparkFpGrowthBench {
  private static final int REPS = 5;

  private SparkFpGrowthBench() {}

  /** Minimum supports that keep every kind's itemsets (of any length) in the thousands. */
  static double minSupport(Transactions.Kind kind) {
    return switch (kind) {
      case PATIENT_CONDITIONS -> 0.5;
      case ENCOUNTER_ORDERS, CLAIM_CODES -> 0.01;
      case TABLE_ROWS -> throw new IllegalArgumentException("table rows are not a warehouse's");
    };
  }

  public static void main(String[] args) throws IOException {
    Path warehouseFile = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    Files.createDirectories(out);
    List<String> lines = new ArrayList<>();
    lines.add(
        "kind\ttransactions\tmin_support\titemsets\tlongest\tidentical\tmedmine_ms\tspark_ms\tspark_startup_ms");
    try (Warehouse w = Warehouse.openExisting(warehouseFile, true)) {
      long t0 = System.nanoTime();
      try (SparkFpGrowth spark = new SparkFpGrowth(threads)) {
        double startup = (System.nanoTime() - t0) / 1e6;
        for (Transactions.Kind kind : Transactions.Kind.ofWarehouse()) {
          Transactions t = Transactions.read(w.connection(), kind);
          double s = minSupport(kind);
          FpGrowth fp = new FpGrowth(s, Integer.MAX_VALUE);
          Dataset<Row> frame = spark.frame(t.transactions());
          Map<Set<String>, Long> ours = SparkFpGrowth.asMap(fp.mine(t.transactions()));
          Map<Set<String>, Long> theirs = spark.mine(frame, s);
          boolean identical = ours.equals(theirs);
          double[] oursMs = new double[REPS];
          double[] sparkMs = new double[REPS];
          for (int r = 0; r < REPS; r++) {
            long a = System.nanoTime();
            fp.mine(t.transactions());
            oursMs[r] = (System.nanoTime() - a) / 1e6;
            a = System.nanoTime();
            spark.mine(frame, s);
            sparkMs[r] = (System.nanoTime() - a) / 1e6;
          }
          int longest = ours.keySet().stream().mapToInt(Set::size).max().orElse(0);
          String line =
              String.format(
                  Locale.ROOT,
                  "%s\t%d\t%.2f\t%d\t%d\t%s\t%.1f\t%.1f\t%.0f",
                  kind.name().toLowerCase(Locale.ROOT),
                  t.transactions().size(),
                  s,
                  ours.size(),
                  longest,
                  identical ? "yes" : "NO (Spark " + theirs.size() + ")",
                  median(oursMs),
                  median(sparkMs),
                  startup);
          System.out.println(line);
          lines.add(line);
          frame.unpersist();
          if (!identical) {
            Files.write(out.resolve("spark-fpgrowth.tsv"), lines);
            throw new IllegalStateException(kind + ": medmine's itemsets differ from Spark's");
          }
        }
      }
    }
    Files.write(out.resolve("spark-fpgrowth.tsv"), lines);
    try (PrintWriter p = new PrintWriter(System.out)) {
      p.println("Wrote " + out.resolve("spark-fpgrowth.tsv"));
    }
  }

  static double median(double[] v) {
    double[] s = v.clone();
    java.util.Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
