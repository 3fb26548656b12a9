package org.medmine.apps.prediction.federated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.medmine.model.MedmineUserException;

class DifferentialPrivacyTest {
  @Test
  void theBudgetOfSixtyRoundsAtNoiseOneIsTheZcdpConversion() {
    DifferentialPrivacy dp = new DifferentialPrivacy(1, 1, 1e-5, 7);
    assertThat(dp.rho(60)).isEqualTo(30.0);
    assertThat(dp.epsilon(60)).isCloseTo(30 + 2 * Math.sqrt(30 * Math.log(1e5)), within(1e-9));
    assertThat(new DifferentialPrivacy(1, 4, 1e-5, 7).epsilon(60)).isLessThan(dp.epsilon(60));
  }

  @Test
  void aSitesChangeIsClippedToTheNormBoundBeforeItsNoise() {
    DifferentialPrivacy dp = new DifferentialPrivacy(1, 1e-12, 1e-5, 7);
    double[] clipped = LocalAveraging.clipAndNoise(new double[] {6, 8}, dp, 3, 1);
    assertThat(Math.hypot(clipped[0], clipped[1])).isCloseTo(1, within(1e-9));
    assertThat(clipped[0] / clipped[1]).isCloseTo(0.75, within(1e-9));
    double[] small = LocalAveraging.clipAndNoise(new double[] {0.3, 0.4}, dp, 3, 1);
    assertThat(small[0]).isCloseTo(0.3, within(1e-9));
  }

  @Test
  void theNoiseHasTheSitesShareOfTheStandardDeviation() {
    DifferentialPrivacy dp = new DifferentialPrivacy(1, 2, 1e-5, 7);
    double[] noise = LocalAveraging.clipAndNoise(new double[20000], dp, 4, 3);
    double ss = 0;
    for (double v : noise) {
      ss += v * v;
    }
    assertThat(Math.sqrt(ss / noise.length)).isCloseTo(2 / Math.sqrt(4), within(0.03));
  }

  @Test
  void badFederationOptionsAreUserErrors() {
    assertThatThrownBy(
            () -> new FederateOptions("t2d-onset-1y", 1, "organization", null, null, null))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("--simulate-sites takes 2 to 16");
    assertThatThrownBy(() -> new FederateOptions("t2d-onset-1y", 3, "zip", null, null, null))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("--split-by");
    assertThatThrownBy(
            () -> new FederateOptions("t2d-onset-1y", 3, "organization", null, null, -1.0))
        .isInstanceOf(MedmineUserException.class);
    FederateOptions ok = new FederateOptions("t2d-onset-1y", 3, "organization", 5L, null, 1.0);
    assertThat(
            ok.settings(org.medmine.apps.prediction.StudyDefinition.load("t2d-onset-1y"), 5)
                .averaging()
                .privacy()
                .noiseMultiplier())
        .isEqualTo(1.0);
  }
}
