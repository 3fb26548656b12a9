package org.medmine.ingest.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PHQ-9 and GAD-7 scored against responses scored by hand from the instruments' manual. */
class InstrumentScoringTest {

  /** The instrument's items answered in form order; null leaves an item unanswered. */
  private static Map<String, Integer> answers(Instrument i, Integer... scores) {
    Map<String, Integer> m = new HashMap<>();
    for (int k = 0; k < scores.length; k++) {
      if (scores[k] != null) {
        m.put(i.itemCodes().get(k), scores[k]);
      }
    }
    return m;
  }

  @Test
  void phq9SumsItsNineItemsIntoTheManualsBands() {
    InstrumentScore s =
        InstrumentScoring.score(
            Instrument.PHQ_9, answers(Instrument.PHQ_9, 1, 2, 3, 0, 1, 2, 3, 1, 2));
    assertThat(List.of(s.total(), s.answered(), s.prorated(), s.severity()))
        .containsExactly(15, 9, false, "moderately severe");
  }

  @Test
  void severityBandsChangeExactlyAtTheManualsCutPoints() {
    Map<Integer, String> phq =
        Map.of(0, "minimal", 4, "minimal", 5, "mild", 9, "mild", 10, "moderate", 14, "moderate");
    phq.forEach((total, band) -> assertThat(Instrument.PHQ_9.severity(total)).isEqualTo(band));
    assertThat(Instrument.PHQ_9.severity(15)).isEqualTo("moderately severe");
    assertThat(Instrument.PHQ_9.severity(19)).isEqualTo("moderately severe");
    assertThat(Instrument.PHQ_9.severity(20)).isEqualTo("severe");
    assertThat(Instrument.PHQ_9.severity(27)).isEqualTo("severe");
    assertThat(Instrument.GAD_7.severity(14)).isEqualTo("moderate");
    assertThat(Instrument.GAD_7.severity(15)).isEqualTo("severe");
    assertThat(Instrument.GAD_7.severity(21)).isEqualTo("severe");
    assertThat(Instrument.GAD_7.maxTotal()).isEqualTo(21);
    assertThat(Instrument.PHQ_9.maxTotal()).isEqualTo(27);
  }

  @Test
  void phq9WithTwoItemsMissingIsProratedAndRoundedHalfUp() {
    // 2+2+2+2+2+2+1 = 13 over 7 items; 13 * 9 / 7 = 16.71 -> 17
    InstrumentScore two =
        InstrumentScoring.score(
            Instrument.PHQ_9, answers(Instrument.PHQ_9, 2, 2, 2, 2, 2, 2, 1, null, null));
    assertThat(List.of(two.total(), two.answered(), two.prorated(), two.severity()))
        .containsExactly(17, 7, true, "moderately severe");
    // 4 over 8 items: 4 * 9 / 8 = 4.5 -> 5, the half rounded up into 'mild'
    InstrumentScore half =
        InstrumentScoring.score(
            Instrument.PHQ_9, answers(Instrument.PHQ_9, 1, 1, 1, 1, 0, 0, 0, 0, null));
    assertThat(List.of(half.total(), half.severity())).containsExactly(5, "mild");
  }

  @Test
  void phq9WithThreeItemsMissingHasNoScore() {
    assertThatThrownBy(
            () ->
                InstrumentScoring.score(
                    Instrument.PHQ_9,
                    answers(Instrument.PHQ_9, 3, 3, 3, 3, 3, 3, null, null, null)))
        .isInstanceOf(InstrumentScoring.IncompleteResponse.class)
        .hasMessageContaining("PHQ-9 has 3 of 9 items unanswered")
        .hasMessageContaining("at most 2");
  }

  @Test
  void gad7ProratesOneMissingItemButNotTwo() {
    InstrumentScore full =
        InstrumentScoring.score(Instrument.GAD_7, answers(Instrument.GAD_7, 3, 3, 3, 2, 2, 2, 1));
    assertThat(List.of(full.total(), full.severity())).containsExactly(16, "severe");
    // 1*6 = 6 over 6 items: 6 * 7 / 6 = 7
    InstrumentScore one =
        InstrumentScoring.score(
            Instrument.GAD_7, answers(Instrument.GAD_7, 1, 1, 1, 1, 1, 1, null));
    assertThat(List.of(one.total(), one.prorated(), one.severity()))
        .containsExactly(7, true, "mild");
    assertThatThrownBy(
            () ->
                InstrumentScoring.score(
                    Instrument.GAD_7, answers(Instrument.GAD_7, 1, 1, 1, 1, 1, null, null)))
        .hasMessageContaining("GAD-7 has 2 of 7 items unanswered");
  }

  @Test
  void anItemScoredOutsideZeroToThreeIsRefused() {
    assertThatThrownBy(
            () ->
                InstrumentScoring.score(
                    Instrument.GAD_7, answers(Instrument.GAD_7, 1, 1, 4, 1, 1, 1, 1)))
        .hasMessageContaining("GAD-7 item 69733-4 scored 4: items are scored 0 to 3");
  }

  @Test
  void instrumentsAreRecognisedByPanelTotalOrItemCode() {
    assertThat(Instrument.recognising("44249-1")).contains(Instrument.PHQ_9);
    assertThat(Instrument.recognising("70274-6")).contains(Instrument.GAD_7);
    assertThat(Instrument.recognising("44260-8")).contains(Instrument.PHQ_9);
    assertThat(Instrument.recognising("8867-4")).isEmpty();
  }
}
