package org.medmine.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clinical numbers are not PHI: the false alarms issue 16 saw on real nursing notes (blood
 * pressures and gases taken for dates) and their relatives must leave a note unchanged.
 */
class ClinicalNumbersTest {
  private final PhiScrubber scrubber = new PhiScrubber();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "BP 120/80, HR 72.",
        "SBP 63-70/27 on arrival.",
        "BP 90s-110s/50s overnight.",
        "ABG 7.43/41/88/24.",
        "gas 7.21/60/55",
        "K/BUN 5.6/67",
        "BP 120/80 -> 135/85",
        "Pain 8/10, medicated.",
        "Strength 4/5 bilat UE.",
        "GCS 14/15.",
        "I:E 1:2, PEEP 5.",
        "Morphine 2-4 mg IV q4h.",
        "I/O 1200/800.",
        "HR 80-90s, sats 92-95%.",
        "Give 1/2 tab at bedtime.",
        "Nodule now 2/3 of prior size.",
        "UOP 30-50 cc/hr.",
        "Vent 500x14/5/40%.",
        "BUN/Cr 24/1.1.",
        "Apgars 8/9.",
        "EF 35-40%.",
        "MAP 55-70 on Levophed.",
        "Temp 101.2, WBC 12.3, Plt 250."
      })
  void leavesClinicalNumbersAlone(String text) {
    assertThat(scrubber.scrub(text).text()).as(text).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "seen on 7/22 for follow-up",
        "admitted 3/4 with sepsis",
        "last well on 7-22",
        "scans from 7/22-7/25 reviewed"
      })
  void aDateCueMakesAShortFractionADate(String text) {
    assertThat(scrubber.scrub(text).text()).as(text).contains("[DATE]");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "increase to 5-10 mg",
        "goal 3/4 of baseline",
        "3/4 strength",
        "titrate 2-4 units"
      })
  void aFractionOrRangeWithoutADateCueStays(String text) {
    assertThat(scrubber.scrub(text).text()).as(text).isEqualTo(text);
  }
}
