package org.medmine.mining.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionDetectorTest {
  private final SectionDetector detector = SectionDetector.standard();

  @Test
  void headerVariantsAreRecognised() {
    String note =
        "CC: cough\nHPI: 3 days of cough.\nPMHx: asthma\nFHx: mother with asthma\nSH: never smoker\n"
            + "ROS: negative\nPE: clear lungs\nA/P: bronchitis";
    assertThat(detector.sections(note))
        .extracting(Section::kind)
        .containsExactly(
            SectionKind.CHIEF_COMPLAINT,
            SectionKind.HISTORY_OF_PRESENT_ILLNESS,
            SectionKind.PAST_MEDICAL_HISTORY,
            SectionKind.FAMILY_HISTORY,
            SectionKind.SOCIAL_HISTORY,
            SectionKind.REVIEW_OF_SYSTEMS,
            SectionKind.PHYSICAL_EXAM,
            SectionKind.ASSESSMENT_AND_PLAN);
  }

  @Test
  void markdownHeadingsAsSyntheaWritesThem() {
    String note =
        "# Chief Complaint\nNo complaints.\n\n# History of Present Illness\nAlda is a 1 year-old.\n"
            + "# Social History\n Patient has never smoked.\n# Assessment and Plan\n";
    List<Section> s = detector.sections(note);
    assertThat(s)
        .extracting(Section::kind)
        .containsExactly(
            SectionKind.CHIEF_COMPLAINT,
            SectionKind.HISTORY_OF_PRESENT_ILLNESS,
            SectionKind.SOCIAL_HISTORY,
            SectionKind.ASSESSMENT_AND_PLAN);
    assertThat(note.substring(s.get(0).start(), s.get(0).end()))
        .isEqualTo("# Chief Complaint\nNo complaints.\n\n");
  }

  @Test
  void aHeaderAfterASentenceEndOnTheSameLineStartsASection() {
    List<Section> s = detector.sections("Well appearing. Family History: diabetes in father.");
    assertThat(s)
        .extracting(Section::kind)
        .containsExactly(SectionKind.OTHER, SectionKind.FAMILY_HISTORY);
  }

  @Test
  void aHeaderWordInsideProseIsNotAHeader() {
    assertThat(detector.sections("She takes her medications daily: metformin."))
        .extracting(Section::kind)
        .containsExactly(SectionKind.OTHER);
  }

  @Test
  void unknownCapitalHeadersStartAnOtherSection() {
    assertThat(detector.sections("HPI: cough\nOPERATIVE FINDINGS:\nclean field"))
        .extracting(Section::kind)
        .containsExactly(SectionKind.HISTORY_OF_PRESENT_ILLNESS, SectionKind.OTHER);
  }

  @Test
  void sectionDefaultsFamilyAndHistorical() {
    TargetJudge judge = TargetJudge.standard();
    ContextJudgement family =
        judge.judge("# Family History\nDiabetes and colon cancer.", "colon cancer");
    assertThat(family.experiencer()).isEqualTo(Experiencer.FAMILY);
    assertThat(family.triggers()).contains("section:FAMILY_HISTORY");
    ContextJudgement past = judge.judge("PMH: asthma, GERD.", "GERD");
    assertThat(past.temporality()).isEqualTo(Temporality.HISTORICAL);
    assertThat(judge.judge("HPI: asthma flare.", "asthma flare").temporality())
        .isEqualTo(Temporality.RECENT);
  }

  @Test
  void aTriggerOverridesTheSectionDefault() {
    TargetJudge judge = TargetJudge.standard();
    ContextJudgement j =
        judge.judge("FAMILY HISTORY: her roommate has tuberculosis.", "tuberculosis");
    assertThat(j.experiencer()).isEqualTo(Experiencer.OTHER);
    assertThat(j.triggers()).contains("other:roommate").doesNotContain("section:FAMILY_HISTORY");
  }
}
