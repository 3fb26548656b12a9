package org.medmine.apps.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Garwood's exact Poisson limits against the published values for 0, 1 and 10 events (95%: 0 to
 * 3.689; 0.0253 to 5.572; 4.795 to 18.390).
 */
class IncidenceRateTest {
  @Test
  void tenEventsInTwoThousandPersonYears() {
    IncidenceRate r = IncidenceRate.of(10, 2000, 0.95);
    assertThat(r.rate()).isCloseTo(5.0, within(1e-12));
    assertThat(r.lower()).isCloseTo(4.7954 / 2, within(1e-4));
    assertThat(r.upper()).isCloseTo(18.3904 / 2, within(1e-4));
  }

  @Test
  void noEventsHasALowerLimitOfZero() {
    IncidenceRate r = IncidenceRate.of(0, 500, 0.95);
    assertThat(r.rate()).isZero();
    assertThat(r.lower()).isZero();
    assertThat(r.upper()).isCloseTo(-Math.log(0.025) * 2, within(1e-6));
  }

  @Test
  void oneEvent() {
    IncidenceRate r = IncidenceRate.of(1, 1000, 0.95);
    assertThat(r.lower()).isCloseTo(0.025318, within(1e-6));
    assertThat(r.upper()).isCloseTo(5.571643, within(1e-6));
  }

  @Test
  void noTimeAtRiskHasNoRate() {
    assertThat(IncidenceRate.of(0, 0, 0.95).rate()).isNaN();
  }
}
