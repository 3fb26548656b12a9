package org.medmine.mining.timeseries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.medmine.model.MedmineUserException;

/** Detectors by name, and the one baseline rule that says which periods each judges. */
class DetectorCatalogTest {
  @Test
  void everyNameGivesItsDetectorWhateverItsCase() {
    java.util.Set<String> methods = new java.util.HashSet<>();
    for (String name : DetectorCatalog.NAMES) {
      methods.add(
          DetectorCatalog.byName(" " + name.toUpperCase() + " ", Granularity.WEEK, 0.5).method());
    }
    assertThat(methods)
        .as("a detector of its own for every name")
        .hasSize(DetectorCatalog.NAMES.size());
    assertThat(DetectorCatalog.byName("ears-c2", Granularity.WEEK, 0.5).method())
        .startsWith("EARS C2 ");
    assertThat(DetectorCatalog.byName("noufaily", Granularity.WEEK, 0.5).method())
        .contains("Noufaily");
    assertThat(DetectorCatalog.byName("cusum", Granularity.DAY, 0).method()).startsWith("CUSUM");
  }

  @Test
  void anUnknownNameOrANegativeSigmaIsAUserErrorNamingWhatThereIs() {
    assertThatThrownBy(() -> DetectorCatalog.byName("Boda", Granularity.WEEK, 0.5))
        .isInstanceOf(MedmineUserException.class)
        .hasMessage(
            "Unknown --method 'boda': use ears-c1, ears-c2, ears-c3, cusum, farrington, noufaily, bayes, glrnb,"
                + " glr-seasonal, nb-regression or ensemble.");
    assertThatThrownBy(() -> DetectorCatalog.byName("ears-c1", Granularity.WEEK, -1))
        .isInstanceOf(MedmineUserException.class)
        .hasMessage("--min-sigma must be 0 or more, not -1.0.");
    assertThatThrownBy(() -> DetectorCatalog.requireMinSigma(Double.NaN))
        .isInstanceOf(MedmineUserException.class);
  }

  /**
   * The GLR charts fit their in-control model once, as CUSUM does (R's glrnb); Bayes and the
   * regression do not.
   */
  @Test
  void theGlrChartsFitOnce() {
    assertThat(DetectorCatalog.byName("glrnb", Granularity.WEEK, 0.5).fitsOnce()).isTrue();
    assertThat(DetectorCatalog.byName("glr-seasonal", Granularity.WEEK, 0.5).fitsOnce()).isTrue();
    assertThat(DetectorCatalog.byName("bayes", Granularity.WEEK, 0.5).fitsOnce()).isFalse();
    assertThat(DetectorCatalog.byName("nb-regression", Granularity.WEEK, 0.5).fitsOnce()).isFalse();
  }

  /**
   * CUSUM fits its in-control mean once: it judges the last year against everything before it; EARS
   * every period.
   */
  @Test
  void cusumJudgesTheLastYearAndTheOthersEveryPeriodTheyCan() {
    OutbreakDetector cusum = DetectorCatalog.byName("cusum", Granularity.WEEK, 0.5);
    OutbreakDetector ears = DetectorCatalog.byName("ears-c1", Granularity.WEEK, 0.5);
    assertThat(cusum.fitsOnce()).isTrue();
    assertThat(ears.fitsOnce()).isFalse();
    assertThat(cusum.firstJudged(300, Granularity.WEEK)).isEqualTo(300 - 52);
    assertThat(cusum.firstJudged(1000, Granularity.DAY)).isEqualTo(1000 - 365);
    assertThat(cusum.firstJudged(30, Granularity.WEEK))
        .as("a short series: from its least history")
        .isEqualTo(8);
    assertThat(ears.firstJudged(300, Granularity.WEEK)).isEqualTo(ears.firstEvaluable());

    double[] y = new double[120];
    for (int i = 0; i < y.length; i++) {
      y[i] = 5 + i % 3;
    }
    CountSeries s =
        new CountSeries("x", "all", Granularity.WEEK, java.time.LocalDate.of(2024, 1, 1), y, null);
    assertThat(cusum.judge(s).from()).isEqualTo(120 - 52);
    assertThat(cusum.judge(s).evaluated()).isEqualTo(52);
  }
}
