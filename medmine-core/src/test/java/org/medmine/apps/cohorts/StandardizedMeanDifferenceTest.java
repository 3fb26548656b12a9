package org.medmine.apps.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** CohortMethod's standardized mean difference on cases worked by hand. */
class StandardizedMeanDifferenceTest {
  @Test
  void binaryCovariate() {
    // 30 of 100 vs 10 of 100: sd sqrt(.21) and sqrt(.09); .2 / sqrt(.15) = 0.516398.
    StandardizedMeanDifference d = StandardizedMeanDifference.binary(30, 100, 10, 100);
    assertThat(d.meanTarget()).isEqualTo(0.3);
    assertThat(d.sdTarget()).isCloseTo(Math.sqrt(0.21), within(1e-12));
    assertThat(d.sdComparator()).isCloseTo(0.3, within(1e-12));
    assertThat(d.smd()).isCloseTo(0.516398, within(1e-6));
  }

  @Test
  void continuousCovariateDividesByN() {
    // {1, 2, 3}: mean 2, sd sqrt(2/3); {2, 4}: mean 3, sd 1; -1 / sqrt(5/6) = -1.095445.
    StandardizedMeanDifference d = StandardizedMeanDifference.of(3, 6, 14, 2, 6, 20);
    assertThat(d.sdTarget()).isCloseTo(Math.sqrt(2.0 / 3), within(1e-12));
    assertThat(d.sdComparator()).isCloseTo(1, within(1e-12));
    assertThat(d.smd()).isCloseTo(-1.095445, within(1e-6));
  }

  @Test
  void noVariationInEitherCohortIsUndefined() {
    assertThat(StandardizedMeanDifference.binary(5, 5, 0, 7).smd()).isNaN();
  }
}
