package org.medmine.bench.timeseries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.mining.timeseries.BayesDetector;
import org.medmine.mining.timeseries.CusumDetector;
import org.medmine.mining.timeseries.EarsDetector;
import org.medmine.mining.timeseries.FarringtonFlexibleDetector;
import org.medmine.mining.timeseries.FarringtonOptions;
import org.medmine.mining.timeseries.GlrNegativeBinomialDetector;
import org.medmine.mining.timeseries.LeveledDetector;
import org.medmine.mining.timeseries.NegativeBinomialRegressionDetector;
import org.medmine.mining.timeseries.OutbreakDetector;

/**
 * medmine's detectors in the outbreak benchmark, at their defaults, named as the R methods they
 * mirror. {@code levelDependent} lists those whose score changes with their level (charts that
 * restart after an alarm): the bench sets their level on a grid, like R's, instead of from their
 * score.
 */
final class BenchDetectors {
  static final List<String> LEVEL_DEPENDENT = List.of("glrnb", "glrnb (S 2 trend)");

  /**
   * The glrnb thresholds tried for level-dependent charts (the same grid as outbreak-methods.R).
   */
  static final double[] C_ARL = {
    0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 7, 8, 9, 10, 12, 14, 17, 20, 25, 30, 40, 60
  };

  private BenchDetectors() {}

  static Map<String, OutbreakDetector> all() {
    Map<String, OutbreakDetector> d = new LinkedHashMap<>();
    d.put("ears-c1", EarsDetector.of(EarsDetector.Variant.C1));
    d.put("ears-c2", EarsDetector.of(EarsDetector.Variant.C2));
    d.put("ears-c3", EarsDetector.of(EarsDetector.Variant.C3));
    d.put("cusum", CusumDetector.standard());
    d.put("farrington", new FarringtonFlexibleDetector(FarringtonOptions.farrington1996(), 52));
    d.put("noufaily", new FarringtonFlexibleDetector(FarringtonOptions.noufaily(), 52));
    d.put("bayes", BayesDetector.standard(52));
    d.put(
        "glrnb",
        new GlrNegativeBinomialDetector(GlrNegativeBinomialDetector.Options.asR(52, 1, false, 5)));
    d.put(
        "glrnb (S 2 trend)",
        new GlrNegativeBinomialDetector(GlrNegativeBinomialDetector.Options.asR(52, 2, true, 5)));
    d.put("glr-seasonal", glrSeasonal());
    d.put("nb-regression", nbRegression());
    return d;
  }

  static LeveledDetector glrSeasonal() {
    return new GlrNegativeBinomialDetector(GlrNegativeBinomialDetector.Options.seasonal(52));
  }

  static LeveledDetector nbRegression() {
    return new NegativeBinomialRegressionDetector(
        NegativeBinomialRegressionDetector.Options.standard(52));
  }
}
