package org.medmine.apps.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** LACE points as tabled by van Walraven et al. (CMAJ 2010). */
class LaceIndexTest {
  @Test
  void pointsFollowThePublishedTable() {
    assertThat(LaceIndex.score(0, false, 0, 0)).isZero();
    assertThat(LaceIndex.score(5, true, 2, 1)).isEqualTo(4 + 3 + 2 + 1);
    assertThat(LaceIndex.score(10, false, 4, 7)).isEqualTo(5 + 0 + 5 + 4);
    assertThat(LaceIndex.score(20, true, 6, 9)).isEqualTo(19);
  }
}
