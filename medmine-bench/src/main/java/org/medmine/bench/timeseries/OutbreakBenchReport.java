package org.medmine.bench.timeseries;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.medmine.mining.timeseries.DetectionPerformance;
import org.medmine.mining.timeseries.LabelledSeries;

/** The outbreak benchmark's tables (Markdown). */
final class OutbreakBenchReport {
  private OutbreakBenchReport() {}

  static String render(
      List<LabelledSeries> calibration,
      List<LabelledSeries> test,
      int from,
      double target,
      Map<String, MethodRun[]> medmine,
      Map<String, Double> cpu,
      Map<String, MethodRun[]> r,
      Map<String, Double> rCpu,
      String ensemble) {
    StringBuilder b = new StringBuilder();
    long outbreakWeeks =
        DetectionPerformance.of(test, noAlarms(test, from), from).outbreakPeriods();
    b.append(
        String.format(
            Locale.ROOT,
            "Calibration: %d series; test: %d series (other seeds); %d weeks evaluated each;"
                + " test outbreak weeks %d. Levels set on calibration for specificity >= %.2f.%n%n",
            calibration.size(),
            test.size(),
            calibration.get(0).counts().length - from,
            outbreakWeeks,
            target));
    b.append(
        "| method | by | default: sens / spec (test) | level set on calibration | calib. spec | test sens | test spec"
            + " | POD | delay | timeliness | distance | sens Noufaily / pointSource | CPU s |\n");
    b.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    medmine.forEach(
        (m, runs) -> row(b, m, "medmine", runs, calibration, test, from, target, cpu.get(m)));
    r.forEach((m, runs) -> row(b, m, "R", runs, calibration, test, from, target, rCpu.get(m)));
    b.append("\nEnsemble: ").append(ensemble).append('\n');
    b.append(
        "\nPaired bootstrap over test series (2,000 resamples, seed 1): test sensitivity of a medmine method minus"
            + " an R method's, both at their calibrated levels, with a 95% interval.\n\n| medmine | R | difference [95% CI] |\n|---|---|---|\n");
    for (String mine :
        List.of("ensemble (nb-regression + glr-seasonal)", "glr-seasonal", "nb-regression")) {
      for (String theirs : List.of("noufaily", "farrington", "glrnb (S 2 trend)", "bayes")) {
        List<boolean[]> a = calibrated(medmine.get(mine), calibration, from, target);
        List<boolean[]> c = calibrated(r.get(theirs), calibration, from, target);
        double[] d = bootstrapDifference(test, a, c, from);
        b.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %+.3f [%+.3f, %+.3f] |%n",
                mine,
                theirs,
                d[0],
                d[1],
                d[2]));
      }
    }
    b.append(
        "\nsens/spec: week-level sensitivity and specificity; POD: share of outbreaks (starting in the evaluated weeks)"
            + " with an alarm during them; delay: weeks from start to first alarm over detected outbreaks; timeliness:"
            + " mean (first alarm - start)/length, 1 if missed; distance: sqrt((1-sens)^2 + (1-spec)^2); CPU s: user+system"
            + " CPU for both sets (R: proc.time of its calls; medmine: thread CPU, grids included).\n");
    return b.toString();
  }

  private static void row(
      StringBuilder b,
      String m,
      String by,
      MethodRun[] runs,
      List<LabelledSeries> calibration,
      List<LabelledSeries> test,
      int from,
      double target,
      Double cpu) {
    DetectionPerformance def = DetectionPerformance.of(test, runs[1].defaultAlarms(), from);
    MethodRun.Level level = runs[0].calibrate(calibration, from, target);
    List<boolean[]> alarms = runs[1].alarmsAt(level);
    DetectionPerformance p = DetectionPerformance.of(test, alarms, from);
    b.append(
        String.format(
            Locale.ROOT,
            "| %s | %s | %.3f / %.3f | %s | %.3f | %.3f | %.3f | %.3f | %.2f | %.3f | %.3f | %.3f / %.3f | %.1f |%n",
            m,
            by,
            def.sensitivity(),
            def.specificity(),
            level.describe(),
            level.calibration().specificity(),
            p.sensitivity(),
            p.specificity(),
            p.probabilityOfDetection(),
            p.meanDelay(),
            p.timeliness(),
            p.distanceToPerfect(),
            subset(test, alarms, from, s -> !s.name().startsWith("pointSource")),
            subset(test, alarms, from, s -> s.name().startsWith("pointSource")),
            cpu == null ? Double.NaN : cpu));
  }

  private static double subset(
      List<LabelledSeries> test, List<boolean[]> alarms, int from, Predicate<LabelledSeries> keep) {
    List<Integer> idx =
        java.util.stream.IntStream.range(0, test.size())
            .filter(i -> keep.test(test.get(i)))
            .boxed()
            .toList();
    return DetectionPerformance.of(
            idx.stream().map(test::get).toList(), idx.stream().map(alarms::get).toList(), from)
        .sensitivity();
  }

  private static List<boolean[]> calibrated(
      MethodRun[] runs, List<LabelledSeries> calibration, int from, double target) {
    return runs[1].alarmsAt(runs[0].calibrate(calibration, from, target));
  }

  /**
   * {difference, 2.5% and 97.5% quantiles} of sensitivity(a) - sensitivity(b), resampling series.
   */
  static double[] bootstrapDifference(
      List<LabelledSeries> test, List<boolean[]> a, List<boolean[]> b, int from) {
    int n = test.size();
    long[][] hits = new long[n][3]; // outbreak weeks, hits of a, hits of b
    for (int i = 0; i < n; i++) {
      boolean[] flags = test.get(i).outbreakPeriods();
      for (int j = 0; j < a.get(i).length; j++) {
        if (flags[from + j]) {
          hits[i][0]++;
          hits[i][1] += a.get(i)[j] ? 1 : 0;
          hits[i][2] += b.get(i)[j] ? 1 : 0;
        }
      }
    }
    java.util.SplittableRandom rng = new java.util.SplittableRandom(1);
    double[] d = new double[2000];
    for (int r = 0; r < d.length; r++) {
      long w = 0;
      long ha = 0;
      long hb = 0;
      for (int k = 0; k < n; k++) {
        long[] h = hits[rng.nextInt(n)];
        w += h[0];
        ha += h[1];
        hb += h[2];
      }
      d[r] = w == 0 ? 0 : (double) (ha - hb) / w;
    }
    java.util.Arrays.sort(d);
    long w = 0;
    long ha = 0;
    long hb = 0;
    for (long[] h : hits) {
      w += h[0];
      ha += h[1];
      hb += h[2];
    }
    return new double[] {(double) (ha - hb) / w, d[49], d[1949]};
  }

  private static List<boolean[]> noAlarms(List<LabelledSeries> series, int from) {
    return series.stream().map(s -> new boolean[s.counts().length - from]).toList();
  }
}
