package org.medmine.apps.ask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The age rules of {@link AgeBand}: completed years, both ends inclusive. */
class AgeBandTest {
  private static AgeBand band(String question) {
    return AgeBand.take(new QuestionText(question));
  }

  private static void assertBand(String question, Integer min, Integer max) {
    AgeBand b = band(question);
    assertThat(b).as(question).isNotNull();
    assertThat(b.min()).as(question + " min").isEqualTo(min);
    assertThat(b.max()).as(question + " max").isEqualTo(max);
  }

  @Test
  void overIsStrictAndAndOverIsInclusive() {
    assertBand("women over 65", 66, null);
    assertBand("patients older than 65", 66, null);
    assertBand("patients over the age of 65", 66, null);
    assertBand("men 65 and over", 65, null);
    assertBand("men 65 or older", 65, null);
    assertBand("men 65+", 65, null);
    assertBand("at least 65 years old", 65, null);
  }

  @Test
  void underIsStrictAndRangesIncludeBothEnds() {
    assertBand("patients under 18", null, 17);
    assertBand("patients younger than 18", null, 17);
    assertBand("women aged 18-44", 18, 44);
    assertBand("women between 18 and 44", 18, 44);
    assertBand("women aged 18 to 44", 18, 44);
    assertBand("40-60 year olds", 40, 60);
  }

  @Test
  void wordsForAgeGroupsHaveFixedBands() {
    assertBand("how many children", 0, 17);
    assertBand("how many kids", 0, 17);
    assertBand("elderly patients", 65, null);
    assertBand("seniors", 65, null);
    assertBand("adults", 18, null);
  }

  @Test
  void yearsAndCountsAreNotAges() {
    assertThat(band("admissions in 2020")).isNull();
    assertThat(band("top 5 conditions")).isNull();
    assertThat(band("between 2015 and 2018")).as("years, not ages").isNull();
  }

  @Test
  void theBandIsInclusiveInSql() {
    assertThat(band("aged 18-44").sql("age")).isEqualTo("age BETWEEN 18 AND 44");
    assertThat(band("over 65").sql("age")).isEqualTo("age >= 66");
    assertThat(band("under 18").sql("age")).isEqualTo("age <= 17");
  }
}
