package org.medmine.mining.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A model that over-predicts for one group is flagged on calibration and false positives, not on
 * the other.
 */
class FairnessTest {
  @Test
  void aGapPastTheToleranceIsFlagged() {
    String[] g = {"a", "a", "a", "a", "b", "b", "b", "b", "c"};
    double[] risk = {0.1, 0.2, 0.7, 0.8, 0.6, 0.7, 0.8, 0.9, 0.5};
    int[] y = {0, 0, 1, 1, 0, 0, 1, 1, 1};
    Fairness.Audit a = Fairness.audit("sex", g, risk, y, 0.5, 2, 0.1);
    assertThat(a.groups()).extracting(Fairness.Group::name).containsExactly("a", "b", "c");
    assertThat(a.groups().get(0).calibrationInTheLarge()).isCloseTo(0.45 - 0.5, within(1e-12));
    assertThat(a.groups().get(1).fpr()).isEqualTo(1.0);
    assertThat(a.gaps().get("fpr"))
        .isEqualTo(1.0); // group c (1 row) is below minGroup and not compared
    assertThat(a.gaps().get("tpr")).isEqualTo(0.0);
    assertThat(a.flagged()).containsExactly("calibration-in-the-large", "fpr");
  }
}
