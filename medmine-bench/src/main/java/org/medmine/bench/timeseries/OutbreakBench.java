package org.medmine.bench.timeseries;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.medmine.mining.timeseries.Detection;
import org.medmine.mining.timeseries.EnsembleDetector;
import org.medmine.mining.timeseries.LabelledSeries;
import org.medmine.mining.timeseries.LeveledDetector;
import org.medmine.mining.timeseries.OutbreakDetector;

/**
 * The labelled outbreak benchmark of issue 25: medmine's detectors beside R's surveillance methods
 * on the same simulated series, every method's level set on a calibration set and measured on a
 * test set simulated with other seeds.
 *
 * <p>Design, fixed before any detector was run on it: 416 weeks per series, the last 52 evaluated;
 * series after Noufaily et al. 2013 ({@link NoufailySimulator}, 8 scenarios) and from R's {@code
 * sim.pointSource} (2 settings); calibration series from seed S, test series from seed S + 1000
 * (Java) and S + 1001 (R). Each method is reported at its default level and at the level chosen on
 * the calibration set for specificity at least 0.95 ({@link MethodRun}). Usage: {@code
 * OutbreakBench OUT_DIR R_DIR [SERIES_PER_SCENARIO [SEED]]}.
 */
public final class OutbreakBench {
  static final int WEEKS = 416;
  static final int FROM = WEEKS - 52;
  static final double TARGET = 0.95;
  static final Map<String, Double> R_DEFAULT_LEVEL =
      Map.of(
          "ears-c1",
          0.001,
          "ears-c2",
          0.001,
          "ears-c3",
          0.025,
          "cusum",
          2.26,
          "bayes",
          0.05,
          "bayes (b 0 w 6)",
          0.05,
          "glrnb",
          5.0,
          "glrnb (S 2 trend)",
          5.0);

  private OutbreakBench() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path rDir = Path.of(args[1]);
    int per = args.length > 2 ? Integer.parseInt(args[2]) : 12;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 25;
    Files.createDirectories(out);
    List<LabelledSeries> calibration = series(out, rDir, "calibration", per, seed);
    List<LabelledSeries> test = series(out, rDir, "test", per, seed + 1000);
    Map<String, Double> rCpu = new HashMap<>();
    Map<String, MethodRun[]> r = rRuns(out, rDir, calibration, test, rCpu);
    Map<String, MethodRun[]> medmine = new LinkedHashMap<>();
    Map<String, Double> cpu = new LinkedHashMap<>();
    for (Map.Entry<String, OutbreakDetector> d : BenchDetectors.all().entrySet()) {
      boolean grid = BenchDetectors.LEVEL_DEPENDENT.contains(d.getKey());
      long t0 = cpuNanos();
      medmine.put(
          d.getKey(),
          new MethodRun[] {run(d.getValue(), calibration, grid), run(d.getValue(), test, grid)});
      cpu.put(d.getKey(), (cpuNanos() - t0) / 1e9);
    }
    EnsembleDetector ensemble = runEnsemble(calibration, test, medmine, cpu);
    String report =
        OutbreakBenchReport.render(
            calibration, test, FROM, TARGET, medmine, cpu, r, rCpu, ensemble.method());
    Files.writeString(out.resolve("outbreak-bench.md"), report);
    System.out.print(report);
  }

  /**
   * The R methods' runs on both splits (running the R script where its results are not written
   * yet), by method; adds each method's CPU seconds to {@code rCpu}.
   */
  private static Map<String, MethodRun[]> rRuns(
      Path out,
      Path rDir,
      List<LabelledSeries> calibration,
      List<LabelledSeries> test,
      Map<String, Double> rCpu)
      throws IOException, InterruptedException {
    Map<String, MethodRun[]> r = new LinkedHashMap<>();
    for (int split = 0; split < 2; split++) {
      String name = split == 0 ? "calibration" : "test";
      List<LabelledSeries> s = split == 0 ? calibration : test;
      Path results = out.resolve(name + "-r-methods.csv");
      Path times = out.resolve(name + "-r-cpu.csv");
      if (!Files.exists(results)) {
        rscript(
            rDir.resolve("outbreak-methods.R").toString(),
            out.resolve(name + "-series.csv").toString(),
            String.valueOf(FROM + 1),
            String.valueOf(WEEKS),
            results.toString(),
            times.toString());
      }
      for (String line : Files.readAllLines(times).subList(1, Files.readAllLines(times).size())) {
        String[] f = line.replace("\"", "").split(",");
        rCpu.merge(f[0], Double.parseDouble(f[1]), Double::sum);
      }
      List<String> names = s.stream().map(LabelledSeries::name).toList();
      int index = split;
      RMethodResults.read(results, names, FROM, WEEKS - FROM)
          .forEach(
              (m, res) ->
                  r.computeIfAbsent(m, k -> new MethodRun[2])[index] =
                      new MethodRun(
                          defaults(m, res),
                          res.grid().isEmpty() ? res.scores() : null,
                          res.grid().isEmpty() ? null : res.grid()));
    }
    return r;
  }

  /**
   * Calibrates the ensemble, runs it on both splits and adds its runs and CPU seconds to medmine's.
   */
  private static EnsembleDetector runEnsemble(
      List<LabelledSeries> calibration,
      List<LabelledSeries> test,
      Map<String, MethodRun[]> medmine,
      Map<String, Double> cpu) {
    long t0 = cpuNanos();
    List<LeveledDetector> members =
        List.of(BenchDetectors.nbRegression(), BenchDetectors.glrSeasonal());
    EnsembleDetector ensemble = EnsembleDetector.calibrate(members, calibration, FROM, TARGET);
    MethodRun ensembleCal = run(ensemble, calibration, false);
    MethodRun ensembleTest = run(ensemble, test, false);
    // The ensemble's level is its stated specificity: its default alarms are already set on the
    // calibration set.
    medmine.put(
        "ensemble (nb-regression + glr-seasonal)",
        new MethodRun[] {
          new MethodRun(ensembleCal.defaultAlarms(), null, grid(ensembleCal)),
          new MethodRun(ensembleTest.defaultAlarms(), null, grid(ensembleTest))
        });
    cpu.put("ensemble (nb-regression + glr-seasonal)", (cpuNanos() - t0) / 1e9);
    return ensemble;
  }

  private static TreeMap<Double, List<boolean[]>> grid(MethodRun run) {
    TreeMap<Double, List<boolean[]>> g = new TreeMap<>();
    g.put(0.0, run.defaultAlarms());
    return g;
  }

  private static List<boolean[]> defaults(String method, RMethodResults.Method res) {
    if (!res.grid().isEmpty()) {
      return res.grid().get(R_DEFAULT_LEVEL.get(method));
    }
    return res.defaultAlarms();
  }

  /**
   * Runs a detector on every series: default alarms and scores, or alarms over the glrnb threshold
   * grid.
   */
  static MethodRun run(OutbreakDetector d, List<LabelledSeries> series, boolean grid) {
    List<boolean[]> alarms = new ArrayList<>();
    List<double[]> scores = new ArrayList<>();
    for (LabelledSeries s : series) {
      Detection det = d.detect(s.counts(), FROM);
      alarms.add(det.alarm());
      scores.add(det.score());
    }
    if (!grid) {
      return new MethodRun(alarms, scores, null);
    }
    TreeMap<Double, List<boolean[]>> levels = new TreeMap<>();
    for (double c : BenchDetectors.C_ARL) {
      LeveledDetector at = ((LeveledDetector) d).atCriticalScore(c);
      levels.put(c, series.stream().map(s -> at.detect(s.counts(), FROM).alarm()).toList());
    }
    return new MethodRun(alarms, null, levels);
  }

  /** Simulates (Java) or reads (R sim.pointSource) one split's series and writes them for R. */
  private static List<LabelledSeries> series(Path out, Path rDir, String split, int per, long seed)
      throws IOException, InterruptedException {
    List<LabelledSeries> all = new ArrayList<>();
    for (int sc = 0; sc < NoufailySimulator.SCENARIOS.size(); sc++) {
      NoufailySimulator.Scenario scenario = NoufailySimulator.SCENARIOS.get(sc);
      for (int i = 0; i < per; i++) {
        all.add(
            NoufailySimulator.simulate(
                scenario,
                scenario.name() + " #" + (i + 1),
                WEEKS,
                FROM,
                seed * 100_000 + sc * 1000L + i));
      }
    }
    Path ps = out.resolve(split + "-pointsource.csv");
    if (!Files.exists(ps)) {
      rscript(
          rDir.resolve("outbreak-pointsource.R").toString(),
          String.valueOf(seed + 1),
          String.valueOf(per),
          String.valueOf(WEEKS),
          ps.toString());
    }
    all.addAll(PointSourceSeries.read(ps));
    try (PrintWriter w =
        new PrintWriter(Files.newBufferedWriter(out.resolve(split + "-series.csv")))) {
      w.println("series,t,count,outbreak");
      for (LabelledSeries s : all) {
        boolean[] flags = s.outbreakPeriods();
        for (int t = 0; t < s.counts().length; t++) {
          w.println(
              "\""
                  + s.name()
                  + "\","
                  + (t + 1)
                  + ","
                  + (long) s.counts()[t]
                  + ","
                  + (flags[t] ? 1 : 0));
        }
      }
    }
    return all;
  }

  static void rscript(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("Rscript"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(
          "Rscript " + args[0] + " failed: is r-cran-surveillance installed?");
    }
  }

  private static long cpuNanos() {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    return bean.getCurrentThreadCpuTime();
  }
}
