package org.medmine.apps.prediction.federated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairwiseMasksTest {
  @Test
  void masksOfThreeSitesCancelExactlyInTheSumAndHideEachSitesValues() {
    List<PairwiseMasks> sites =
        List.of(
            PairwiseMasks.generate("a"), PairwiseMasks.generate("b"), PairwiseMasks.generate("c"));
    List<PairwiseMasks.Participant> all = sites.stream().map(PairwiseMasks::participant).toList();
    SplittableRandom r = new SplittableRandom(7);
    double[][] values = new double[3][50];
    long[] masked = new long[50];
    long[] plain = new long[50];
    for (int s = 0; s < 3; s++) {
      for (int i = 0; i < 50; i++) {
        values[s][i] = r.nextDouble(-1e6, 1e6);
      }
      long[] encoded = FixedPoint.encode(values[s]);
      long[] m = sites.get(s).mask(encoded, "round-1", all);
      assertThat(m).isNotEqualTo(encoded);
      FixedPoint.addInto(masked, m);
      FixedPoint.addInto(plain, encoded);
    }
    assertThat(masked).as("exact cancellation modulo 2^64").isEqualTo(plain);
    double[] sum = FixedPoint.decode(masked);
    for (int i = 0; i < 50; i++) {
      assertThat(sum[i])
          .isCloseTo(
              values[0][i] + values[1][i] + values[2][i],
              org.assertj.core.data.Offset.offset(1e-7));
    }
  }

  @Test
  void aRoundWithoutOneSiteDoesNotCancelAndAnotherLabelGivesOtherMasks() {
    PairwiseMasks a = PairwiseMasks.generate("a");
    PairwiseMasks b = PairwiseMasks.generate("b");
    List<PairwiseMasks.Participant> both = List.of(a.participant(), b.participant());
    long[] zero = new long[8];
    assertThat(a.mask(zero, "r1", both)).isNotEqualTo(a.mask(zero, "r2", both));
    long[] sum = a.mask(zero, "r1", both);
    FixedPoint.addInto(sum, b.mask(zero, "r1", both));
    assertThat(sum).containsOnly(0L);
    assertThat(a.mask(zero, "r1", both)).isNotEqualTo(zero);
  }

  @Test
  void fixedPointRefusesValuesItCannotCarry() {
    assertThatThrownBy(() -> FixedPoint.encode(new double[] {Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FixedPoint.encode(new double[] {1e12}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(FixedPoint.decode(FixedPoint.encode(new double[] {-3.25}))).containsExactly(-3.25);
  }
}
