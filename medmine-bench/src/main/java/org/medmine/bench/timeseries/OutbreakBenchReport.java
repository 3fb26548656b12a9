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

  static String render(List<LabelledSeries> calibration, List<LabelledSeries> test, int from, double target,
      Map<String, MethodRun[]> medmine, Map<String, Double> cpu, Map<String, MethodRun[]> r, Map<String, Double> rCpu,
      String ensemble) {
    StringBuilder b = new StringBuilder();
    long outbreakWeeks = DetectionPerformance.of(test, noAlarms(test, from), from).outbreakPeriods();
    b.append(String.format(Locale.ROOT, "Calibration: %d series; test: %d series (other seeds); %d weeks evaluated each;"
        + " test outbreak weeks %d. Levels set on calibration for specificity >= %.2f.%n%n", calibration.size(), test.size(),
        calibration.get(0).counts().length - from, outbreakWeeks, target));
    b.append("| method | by | default: sens / spec (test) | level set on calibration | calib. spec | test sens | test spec"
        + " | POD | delay | timeliness | distance | sens Noufaily / pointSource | CPU s |\n");
    b.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    medmine.forEach((m, runs) -> row(b, m, "medmine", runs, calibration, test, from, target, cpu.get(m)));
    r.forEach((m, runs) -> row(b, m, "R", runs, calibration, test, from, target, rCpu.get(m)));
    b.append("\nEnsemble: ").append(ensemble).append('\n');
    b.append("\nsens/spec: week-level sensitivity and specificity; POD: share of outbreaks (starting in the evaluated weeks)"
        + " with an alarm during them; delay: weeks from start to first alarm over detected outbreaks; timeliness:"
        + " mean (first alarm - start)/length, 1 if missed; distance: sqrt((1-sens)^2 + (1-spec)^2); CPU s: user+system"
        + " CPU for both sets (R: proc.time of its calls; medmine: thread CPU, grids included).\n");
    return b.toString();
  }

  private static void row(StringBuilder b, String m, String by, MethodRun[] runs, List<LabelledSeries> calibration,
      List<LabelledSeries> test, int from, double target, Double cpu) {
    DetectionPerformance def = DetectionPerformance.of(test, runs[1].defaultAlarms(), from);
    MethodRun.Level level = runs[0].calibrate(calibration, from, target);
    List<boolean[]> alarms = runs[1].alarmsAt(level);
    DetectionPerformance p = DetectionPerformance.of(test, alarms, from);
    b.append(String.format(Locale.ROOT, "| %s | %s | %.3f / %.3f | %s | %.3f | %.3f | %.3f | %.3f | %.2f | %.3f | %.3f | %.3f / %.3f | %.1f |%n",
        m, by, def.sensitivity(), def.specificity(), level.describe(), level.calibration().specificity(), p.sensitivity(),
        p.specificity(), p.probabilityOfDetection(), p.meanDelay(), p.timeliness(), p.distanceToPerfect(),
        subset(test, alarms, from, s -> !s.name().startsWith("pointSource")),
        subset(test, alarms, from, s -> s.name().startsWith("pointSource")), cpu == null ? Double.NaN : cpu));
  }

  private static double subset(List<LabelledSeries> test, List<boolean[]> alarms, int from, Predicate<LabelledSeries> keep) {
    List<Integer> idx = java.util.stream.IntStream.range(0, test.size()).filter(i -> keep.test(test.get(i))).boxed().toList();
    return DetectionPerformance.of(idx.stream().map(test::get).toList(), idx.stream().map(alarms::get).toList(), from).sensitivity();
  }

  private static List<boolean[]> noAlarms(List<LabelledSeries> series, int from) {
    return series.stream().map(s -> new boolean[s.counts().length - from]).toList();
  }
}
