package org.medmine.apps.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small-cell rule of {@link SmallCells}: counts of 1 to 10 show no numbers. */
class SmallCellsTest {
  @Test
  void aRowOfOneToTenShowsOnlyItsLabels() {
    List<String> columns = List.of("sex", "n", "mean");
    List<List<Object>> rows =
        List.of(
            List.of("female", 10L, 27.5), List.of("male", 11L, 28.0), List.of("other", 1L, 30.0));
    SmallCells.Suppressed s = SmallCells.apply(columns, rows);
    assertThat(s.rows())
        .containsExactly(
            List.of("female", "<11", "<11"),
            List.of("male", 11L, 28.0),
            List.of("other", "<11", "<11"));
    assertThat(s.suppressedRows()).isEqualTo(2);
  }

  @Test
  void zeroIsShownBecauseItSinglesOutNobody() {
    SmallCells.Suppressed s = SmallCells.apply(List.of("n"), List.of(List.of(0L)));
    assertThat(s.rows()).containsExactly(List.of(0L));
    assertThat(s.suppressedRows()).isZero();
  }

  @Test
  void aSmallDenominatorSuppressesTheRateToo() {
    List<String> columns = List.of("n", "denominator", "percent");
    SmallCells.Suppressed s =
        SmallCells.apply(columns, List.of(List.of(0L, 4L, 0.0), List.of(12L, 40L, 30.0)));
    assertThat(s.rows()).containsExactly(List.of("<11", "<11", "<11"), List.of(12L, 40L, 30.0));
  }
}
