package org.medmine.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Section awareness: in a list of drugs a surname-like brand name is no name, in narrative text it
 * would be.
 */
class NoteSectionsTest {
  private final PhiScrubber scrubber = new PhiScrubber();

  @Test
  void aBrandNameOnTheSurnameListIsNoNameInAMedicationList() {
    String meds =
        "HOSPITAL COURSE: improved.\nDISCHARGE MEDICATIONS:\nAllegra 180 mg daily\nColace 100 mg BID\n";
    assertThat(scrubber.scrub(meds).text()).isEqualTo(meds);
  }

  @Test
  void theSameWordInNarrativeTextIsTakenForASurname() {
    assertThat(scrubber.scrub("Seen today with Allegra at the bedside.").text()).contains("[NAME]");
  }

  @Test
  void contextCuesStillCountInsideAList() {
    assertThat(scrubber.scrub("MEDICATIONS:\nLasix 40 mg (per Dr. Allegra)\n").text())
        .contains("Dr. [NAME]");
  }

  @Test
  void headingsSplitTheNoteIntoSections() {
    NoteSections s = NoteSections.of("HPI: fell.\nLabs: K 4.0\nAllergies: PCN\nPlan: home\n");
    assertThat(s.at(2)).isEqualTo(NoteSections.Kind.NARRATIVE);
    assertThat(s.at(14)).isEqualTo(NoteSections.Kind.LABS);
    assertThat(s.at(27)).isEqualTo(NoteSections.Kind.ALLERGIES);
    assertThat(s.at(40)).isEqualTo(NoteSections.Kind.NARRATIVE);
  }
}
