package org.medmine.bench.timeseries;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.mining.timeseries.CusumDetector;
import org.medmine.mining.timeseries.EarsDetector;
import org.medmine.mining.timeseries.FarringtonFlexibleDetector;
import org.medmine.mining.timeseries.FarringtonOptions;
import org.medmine.mining.timeseries.OutbreakDetector;

/**
 * medmine's outbreak detectors against R's {@code surveillance} 1.20 on simulated weekly series
 * with planted outbreaks: week-by-week alarm agreement, and sensitivity, specificity and detection
 * delay side by side. Usage: {@code SurveillanceBench OUT_DIR R_SCRIPT [SERIES_PER_SCENARIO
 * [SEED]]}; needs {@code Rscript} with the surveillance package (Debian: apt-get install -y
 * --no-install-recommends r-cran-surveillance).
 */
public final class SurveillanceBench {
  static final int WEEKS = 7 * 52;
  static final int FIRST =
      5 * 52 + 4; // 0-based: the first week Farrington (b = 5, w = 3) can judge, plus one

  private SurveillanceBench() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path script = Path.of(args[1]);
    int perScenario = args.length > 2 ? Integer.parseInt(args[2]) : 25;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
    Files.createDirectories(out);
    List<OutbreakSimulator.Simulated> sims = new ArrayList<>();
    List<String> scenarioOf = new ArrayList<>();
    Path seriesCsv = out.resolve("series.csv");
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(seriesCsv))) {
      w.println("series,t,count");
      for (OutbreakSimulator.Scenario sc : OutbreakSimulator.SCENARIOS) {
        for (int i = 0; i < perScenario; i++) {
          OutbreakSimulator.Simulated s =
              OutbreakSimulator.simulate(sc, WEEKS, FIRST, seed * 1000 + sims.size());
          for (int t = 0; t < WEEKS; t++) {
            w.println(sims.size() + "," + (t + 1) + "," + (long) s.y()[t]);
          }
          sims.add(s);
          scenarioOf.add(sc.name());
        }
      }
    }
    long t0 = System.nanoTime();
    Map<String, boolean[][]> java = javaAlarms(sims);
    double javaSeconds = (System.nanoTime() - t0) / 1e9;
    Path rOut = out.resolve("r-alarms.csv");
    double rSeconds = runR(script, seriesCsv, rOut);
    Map<String, boolean[][]> r = readR(rOut, sims.size());
    String table = report(sims, java, r, javaSeconds, rSeconds, perScenario);
    Files.writeString(out.resolve("surveillance-bench.md"), table);
    System.out.print(table);
  }

  /** Each medmine detector's alarms, per series and evaluated week. */
  private static Map<String, boolean[][]> javaAlarms(List<OutbreakSimulator.Simulated> sims) {
    Map<String, boolean[][]> java = new LinkedHashMap<>();
    for (Map.Entry<String, OutbreakDetector> d : detectors().entrySet()) {
      boolean[][] a = new boolean[sims.size()][];
      for (int i = 0; i < sims.size(); i++) {
        a[i] = d.getValue().detect(sims.get(i).y(), FIRST).alarm();
      }
      java.put(d.getKey(), a);
    }
    return java;
  }

  /**
   * Runs the R script over the series into {@code rOut}; its wall seconds, or NaN when an earlier
   * run is reused.
   */
  private static double runR(Path script, Path seriesCsv, Path rOut)
      throws IOException, InterruptedException {
    long r0 = System.nanoTime();
    // -Dmedmine.bench.reuseR=true reuses R's alarms from an earlier run of the same series (same
    // count and
    // seed give the same series.csv), e.g. to score a changed medmine detector without waiting for
    // R again.
    boolean reuse = Boolean.getBoolean("medmine.bench.reuseR") && Files.exists(rOut);
    if (!reuse) {
      Process p =
          new ProcessBuilder(
                  "Rscript",
                  script.toString(),
                  seriesCsv.toString(),
                  String.valueOf(FIRST + 1),
                  String.valueOf(WEEKS),
                  rOut.toString())
              .inheritIO()
              .start();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("Rscript failed: is r-cran-surveillance installed?");
      }
    }
    return reuse ? Double.NaN : (System.nanoTime() - r0) / 1e9;
  }

  static Map<String, OutbreakDetector> detectors() {
    Map<String, OutbreakDetector> d = new LinkedHashMap<>();
    d.put("ears-c1", EarsDetector.of(EarsDetector.Variant.C1));
    d.put("ears-c2", EarsDetector.of(EarsDetector.Variant.C2));
    d.put("ears-c3", EarsDetector.of(EarsDetector.Variant.C3));
    d.put("ears-c3 (R mode)", new EarsDetector(EarsDetector.Variant.C3, 7, 0.025, 0, true));
    d.put("cusum", CusumDetector.standard());
    d.put("farrington", new FarringtonFlexibleDetector(FarringtonOptions.farrington1996(), 52));
    d.put(
        "farrington (R mode)",
        new FarringtonFlexibleDetector(FarringtonOptions.farrington1996(), 52, true));
    d.put("noufaily", new FarringtonFlexibleDetector(FarringtonOptions.noufaily(), 52));
    d.put(
        "noufaily (R mode)",
        new FarringtonFlexibleDetector(FarringtonOptions.noufaily(), 52, true));
    return d;
  }

  private static Map<String, boolean[][]> readR(Path csv, int series) throws IOException {
    Map<String, boolean[][]> r = new HashMap<>();
    List<String> lines = Files.readAllLines(csv);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.replace("\"", "").split(",");
      boolean[][] a = r.computeIfAbsent(f[1], k -> new boolean[series][WEEKS - FIRST]);
      a[Integer.parseInt(f[0])][Integer.parseInt(f[2]) - 1 - FIRST] = f[3].equals("1");
    }
    return r;
  }

  /**
   * Sensitivity (outbreaks with an alarm during them), specificity (weeks), mean delay (weeks to
   * first alarm).
   */
  static double[] performance(List<OutbreakSimulator.Simulated> sims, boolean[][] alarms) {
    int detected = 0;
    int outbreaks = 0;
    double delay = 0;
    long quietWeeks = 0;
    long falseAlarms = 0;
    for (int i = 0; i < sims.size(); i++) {
      OutbreakSimulator.Simulated s = sims.get(i);
      for (int j = 0; j < alarms[i].length; j++) {
        if (!s.outbreak()[FIRST + j]) {
          quietWeeks++;
          falseAlarms += alarms[i][j] ? 1 : 0;
        }
      }
      for (int[] o : s.outbreaksInRange()) {
        outbreaks++;
        for (int t = o[0]; t < o[0] + o[1]; t++) {
          if (alarms[i][t - FIRST]) {
            detected++;
            delay += t - o[0];
            break;
          }
        }
      }
    }
    return new double[] {
      (double) detected / outbreaks,
      1 - (double) falseAlarms / quietWeeks,
      detected > 0 ? delay / detected : Double.NaN
    };
  }

  private static String report(
      List<OutbreakSimulator.Simulated> sims,
      Map<String, boolean[][]> java,
      Map<String, boolean[][]> r,
      double javaSeconds,
      double rSeconds,
      int perScenario) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%d series (%d per scenario x %d scenarios), %d weeks each, weeks %d-%d evaluated (%d series-weeks); "
                + "medmine %.1f s, R %.1f s%n%n",
            sims.size(),
            perScenario,
            OutbreakSimulator.SCENARIOS.size(),
            WEEKS,
            FIRST + 1,
            WEEKS,
            (long) sims.size() * (WEEKS - FIRST),
            javaSeconds,
            rSeconds));
    b.append(
        "| method | agreement with R | alarms medmine / R | sensitivity medmine / R | specificity medmine / R | delay (weeks) medmine / R |\n");
    b.append("|---|---|---|---|---|---|\n");
    for (Map.Entry<String, boolean[][]> e : java.entrySet()) {
      boolean[][] ra = r.get(e.getKey().replace(" (R mode)", ""));
      b.append(comparisonRow(sims, e.getKey(), e.getValue(), ra));
    }
    return b.toString();
  }

  /** One method's table row: its agreement with R, both alarm counts, and both performances. */
  private static String comparisonRow(
      List<OutbreakSimulator.Simulated> sims, String method, boolean[][] ja, boolean[][] ra) {
    long same = 0;
    long total = 0;
    long jn = 0;
    long rn = 0;
    for (int i = 0; i < ja.length; i++) {
      for (int j = 0; j < ja[i].length; j++) {
        total++;
        same += ja[i][j] == ra[i][j] ? 1 : 0;
        jn += ja[i][j] ? 1 : 0;
        rn += ra[i][j] ? 1 : 0;
      }
    }
    double[] pj = performance(sims, ja);
    double[] pr = performance(sims, ra);
    return String.format(
        Locale.ROOT,
        "| %s | %.2f%% (%d of %d differ) | %d / %d | %.3f / %.3f | %.4f / %.4f | %.2f / %.2f |%n",
        method,
        100.0 * same / total,
        total - same,
        total,
        jn,
        rn,
        pj[0],
        pr[0],
        pj[1],
        pr[1],
        pj[2],
        pr[2]);
  }
}
