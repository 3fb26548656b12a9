package org.medmine.mining.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoteAnnotatorTest {
  private static final NoteAnnotator ANNOTATOR = NoteAnnotator.with(Lexicon.standard());

  private static final String NOTE =
      """
      CHIEF COMPLAINT: Shortness of breath.
      HPI: 67 y.o. male with h/o COPD presents with worsening dyspnea and cough. Denies chest pain or fever.
      PAST MEDICAL HISTORY:
      Hypertension
      Type 2 diabetes mellitus
      FAMILY HISTORY: Mother with breast cancer. Father had an MI.
      SOCIAL HISTORY: Former smoker. Denies alcohol use.
      ASSESSMENT AND PLAN: COPD exacerbation, possible pneumonia. Return if fever develops.
      """;

  private static NoteMention mention(NoteAnnotation a, String written) {
    return a.mentions().stream()
        .filter(m -> m.mention().text().equalsIgnoreCase(written))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyMentionCarriesItsSectionAndJudgement() {
    NoteAnnotation a = ANNOTATOR.annotate(NOTE);
    assertThat(a.sections())
        .extracting(Section::kind)
        .containsExactly(
            SectionKind.CHIEF_COMPLAINT,
            SectionKind.HISTORY_OF_PRESENT_ILLNESS,
            SectionKind.PAST_MEDICAL_HISTORY,
            SectionKind.FAMILY_HISTORY,
            SectionKind.SOCIAL_HISTORY,
            SectionKind.ASSESSMENT_AND_PLAN);
    NoteMention dyspnea = mention(a, "dyspnea");
    assertThat(dyspnea.section()).isEqualTo(SectionKind.HISTORY_OF_PRESENT_ILLNESS);
    assertThat(dyspnea.judgement().isAssertedOfPatient()).isTrue();
    assertThat(mention(a, "chest pain").judgement().assertion()).isEqualTo(Assertion.NEGATED);
    assertThat(mention(a, "hypertension").judgement().temporality())
        .isEqualTo(Temporality.HISTORICAL);
    assertThat(mention(a, "breast cancer").judgement().experiencer()).isEqualTo(Experiencer.FAMILY);
    assertThat(mention(a, "MI").judgement().experiencer()).isEqualTo(Experiencer.FAMILY);
    assertThat(mention(a, "smoker").judgement().temporality()).isEqualTo(Temporality.HISTORICAL);
    assertThat(mention(a, "alcohol use").judgement().assertion()).isEqualTo(Assertion.NEGATED);
    assertThat(mention(a, "pneumonia").judgement().assertion()).isEqualTo(Assertion.POSSIBLE);
  }

  @Test
  void theSameWordInTwoSectionsGetsTwoJudgements() {
    NoteAnnotation a = ANNOTATOR.annotate(NOTE);
    List<NoteMention> fevers =
        a.mentions().stream().filter(m -> m.mention().concept().id().equals("fever")).toList();
    assertThat(fevers)
        .extracting(m -> m.judgement().assertion())
        .containsExactly(Assertion.NEGATED, Assertion.HYPOTHETICAL);
  }

  @Test
  void sentenceOffsetsFrameTheMention() {
    NoteAnnotation a = ANNOTATOR.annotate(NOTE);
    NoteMention m = mention(a, "pneumonia");
    assertThat(NOTE.substring(m.sentenceStart(), m.sentenceEnd()))
        .isEqualTo("ASSESSMENT AND PLAN: COPD exacerbation, possible pneumonia.");
  }

  @Test
  void aSyntheaStyleNoteIsReadSectionBySection() {
    String note =
        "# Chief Complaint\n- Cough\n- Fever\n\n# History of Present Illness\nAlda400 is a 9 year-old female."
            + " Patient has a history of acute viral pharyngitis (disorder).\n\n# Social History\n Patient has never smoked.\n";
    NoteAnnotation a = ANNOTATOR.annotate(note);
    assertThat(a.mentions())
        .extracting(m -> m.mention().concept().id())
        .containsExactly("cough", "fever", "pharyngitis", "tobacco-use");
    assertThat(mention(a, "cough").section()).isEqualTo(SectionKind.CHIEF_COMPLAINT);
    assertThat(mention(a, "acute viral pharyngitis").judgement().temporality())
        .isEqualTo(Temporality.HISTORICAL);
    assertThat(mention(a, "smoked").judgement().assertion()).isEqualTo(Assertion.NEGATED);
  }

  @Test
  void aTriggerWordInsideAnotherConceptIsNotATrigger() {
    Lexicon grown =
        Lexicon.standard()
            .withDisplays(
                List.of(
                    new Lexicon.WarehouseConcept(
                        ConceptCode.SNOMED,
                        "706893006",
                        "Victim of intimate partner abuse (finding)",
                        ConceptCategory.OTHER)));
    NoteAnnotation a =
        NoteAnnotator.with(grown).annotate("Patient has victim of intimate partner abuse, cough.");
    assertThat(mention(a, "cough").judgement().experiencer()).isEqualTo(Experiencer.PATIENT);
    // Without the concept, "partner" is a trigger.
    assertThat(
            ANNOTATOR
                .annotate("Her partner has a cough.")
                .mentions()
                .get(0)
                .judgement()
                .experiencer())
        .isEqualTo(Experiencer.OTHER);
  }

  @Test
  void anEmptyNoteHasNothing() {
    NoteAnnotation a = ANNOTATOR.annotate("");
    assertThat(a.mentions()).isEmpty();
    assertThat(a.sentences()).isZero();
  }
}
