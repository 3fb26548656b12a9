package org.medmine.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Equivalence classes, k and risks against a hand-computed example of ten records. */
class ReidentificationRiskTest {
  // birth year, sex, ZIP3. Classes as recorded:
  //   (1950,F,021) x3, (1950,M,021) x2, (1962,F,024) x1, (1964,F,024) x1, (1980,M,021) x2,
  // (1981,M,021) x1
  static final List<List<String>> ROWS =
      List.of(
          List.of("1950", "F", "021"),
          List.of("1950", "F", "021"),
          List.of("1950", "F", "021"),
          List.of("1950", "M", "021"),
          List.of("1950", "M", "021"),
          List.of("1962", "F", "024"),
          List.of("1964", "F", "024"),
          List.of("1980", "M", "021"),
          List.of("1980", "M", "021"),
          List.of("1981", "M", "021"));

  static ReidentificationRisk risk() {
    Map<String, ReidentificationRisk.Hierarchy> qi = new LinkedHashMap<>();
    qi.put("birth_year", ReidentificationRisk.Hierarchy.years());
    qi.put("sex", ReidentificationRisk.Hierarchy.flat());
    qi.put("zip3", ReidentificationRisk.Hierarchy.zip3());
    return new ReidentificationRisk(qi);
  }

  @Test
  void classesShareBelowKAndProsecutorRiskMatchTheHandCount() {
    RiskReport r = risk().assess(ROWS, 2);
    assertThat(r.classes()).isEqualTo(6);
    assertThat(r.classSizeCounts())
        .containsExactly(Map.entry(1, 3), Map.entry(2, 2), Map.entry(3, 1));
    assertThat(r.shareBelowK()).isCloseTo(3 / 10.0, within(1e-12)); // the three singletons
    assertThat(r.prosecutorMaxRisk()).isEqualTo(1.0);
    assertThat(r.prosecutorAverageRisk()).isCloseTo(6 / 10.0, within(1e-12));
    assertThat(risk().assess(ROWS, 3).shareBelowK()).isCloseTo(7 / 10.0, within(1e-12));
  }

  @Test
  void journalistRiskUsesThePopulationClasses() {
    List<List<String>> population = new java.util.ArrayList<>(ROWS);
    population.addAll(
        List.of(
            List.of("1962", "F", "024"),
            List.of("1964", "F", "024"),
            List.of("1964", "F", "024"),
            List.of("1981", "M", "021"),
            List.of("1981", "M", "021")));
    RiskReport r = risk().assess(ROWS, population, 2);
    // smallest population class holding a sample class: (1962,F,024) with 2 -> 1/2
    assertThat(r.journalistMaxRisk()).isCloseTo(0.5, within(1e-12));
    assertThat(r.prosecutorMaxRisk()).isEqualTo(1.0);
  }

  @Test
  void generalizationReachesKAndReportsTheLoss() {
    RiskReport r = risk().generalize(ROWS, 2, 0.0);
    // 5-year bands: (1950-1954,F,021)x3 (1950-1954,M,021)x2 (1960-1964,F,024)x2
    // (1980-1984,M,021)x3: k=2, nothing suppressed
    assertThat(r.levels())
        .containsExactly(Map.entry("birth_year", 1), Map.entry("sex", 0), Map.entry("zip3", 0));
    assertThat(r.shareBelowK()).isZero();
    assertThat(r.classes()).isEqualTo(4);
    assertThat(r.suppressed()).isZero();
    assertThat(r.informationLoss()).isCloseTo((1 / 4.0) / 3, within(1e-12));
    RiskReport k3 = risk().generalize(ROWS, 3, 0.2);
    assertThat(k3.shareBelowK()).isZero();
    assertThat(k3.suppressed()).isLessThanOrEqualTo(2);
    assertThat(k3.records() + k3.suppressed()).isEqualTo(10);
  }
}
