package org.medmine.mining.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentalHealthTest {
  @Test
  void severityBandsFollowThePublishedCutOffs() {
    assertThat(ScreeningInstrument.PHQ9.severity(4)).isEqualTo("minimal");
    assertThat(ScreeningInstrument.PHQ9.severity(10)).isEqualTo("moderate");
    assertThat(ScreeningInstrument.PHQ9.severity(19)).isEqualTo("moderately severe");
    assertThat(ScreeningInstrument.PHQ9.severity(27)).isEqualTo("severe");
    assertThat(ScreeningInstrument.GAD7.severity(15)).isEqualTo("severe");
    assertThat(ScreeningInstrument.PHQ2.isPositive(3)).isTrue();
    assertThat(ScreeningInstrument.ofLoinc("70274-6")).contains(ScreeningInstrument.GAD7);
  }

  @Test
  void aScoreTheInstrumentCannotTotalIsRejected() {
    assertThatThrownBy(
            () -> new ScreeningScore(ScreeningInstrument.GAD7, LocalDate.of(2024, 1, 1), 22))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 to 21");
  }

  @Test
  void theProfileCountsMentionsByAssertionAndKeepsTheLatestScore() {
    NoteAnnotator annotator = NoteAnnotator.with(Lexicon.standard());
    List<NoteMention> mentions = new java.util.ArrayList<>();
    mentions.addAll(
        annotator.annotate("Reports feeling depressed. Denies suicidal ideation.").mentions());
    mentions.addAll(annotator.annotate("Her mother has anxiety. Drinks alcohol daily.").mentions());
    List<ScreeningScore> scores =
        List.of(
            new ScreeningScore(ScreeningInstrument.PHQ9, LocalDate.of(2024, 1, 1), 16),
            new ScreeningScore(ScreeningInstrument.PHQ9, LocalDate.of(2024, 6, 1), 6),
            new ScreeningScore(ScreeningInstrument.GAD7, LocalDate.of(2024, 6, 1), 12));
    MentalHealthProfile p = MentalHealthProfile.of("p1", mentions, scores);
    assertThat(p.markers().get(MentalHealthMarker.DEPRESSION).asserted()).isEqualTo(1);
    assertThat(p.markers().get(MentalHealthMarker.SUICIDAL_IDEATION).negated()).isEqualTo(1);
    assertThat(p.markers().get(MentalHealthMarker.ANXIETY).family()).isEqualTo(1);
    assertThat(p.isPresent(MentalHealthMarker.SUBSTANCE_USE)).isTrue();
    assertThat(p.isPresent(MentalHealthMarker.SUICIDAL_IDEATION)).isFalse();
    // Anxiety is only the mother's, but the latest GAD-7 (12) screens positive.
    assertThat(p.isPresent(MentalHealthMarker.ANXIETY)).isTrue();
    assertThat(p.latestScores()).extracting(ScreeningScore::score).containsExactly(6.0, 12.0);
    assertThat(p.latestScores().get(0).severity()).isEqualTo("mild");
  }

  @Test
  void warehouseDisplaysNameTheirMarker() {
    assertThat(MentalHealthMarker.ofDisplay("Major depression disorder (disorder)"))
        .isEqualTo(MentalHealthMarker.DEPRESSION);
    assertThat(MentalHealthMarker.ofDisplay("Unhealthy alcohol drinking behavior (finding)"))
        .isEqualTo(MentalHealthMarker.SUBSTANCE_USE);
    assertThat(MentalHealthMarker.ofDisplay("Severe anxiety (panic) (finding)"))
        .isEqualTo(MentalHealthMarker.ANXIETY);
    assertThat(MentalHealthMarker.ofDisplay("Essential hypertension (disorder)"))
        .isEqualTo(MentalHealthMarker.NONE);
  }
}
