package org.medmine.apps.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmine.apps.ask.Interpretation.Subject;
import org.medmine.context.WarehouseConcepts.Table;
import org.medmine.mining.nlp.ConceptCategory;
import org.medmine.mining.nlp.Lexicon.WarehouseConcept;

/**
 * Questions {@link QuestionParser} once read silently wrong (found by trying phrasings outside the
 * question set): each is now read to the documented rule, or met with a clarification.
 */
class QuestionParserTest {
  private static final QuestionParser PARSER =
      new QuestionParser(
          new AskVocabulary(
              Map.of(
                  Table.CONDITION,
                  List.of(
                      new WarehouseConcept(
                          "http://snomed.info/sct",
                          "22298006",
                          "Myocardial infarction (disorder)",
                          ConceptCategory.CONDITION)),
                  Table.OBSERVATION,
                  List.of(
                      new WarehouseConcept(
                          "http://loinc.org",
                          "4548-4",
                          "Hemoglobin A1c/Hemoglobin.total in Blood",
                          ConceptCategory.OTHER)))),
          Map.of("franklin", "Franklin"),
          Map.of("ma", "MA"));

  private static QuestionParser.Parse parse(String question) {
    return PARSER.parse(question, LocalDate.of(2024, 12, 31));
  }

  @Test
  void anEventCountPerPatientIsNotReadAsAnAge() {
    QuestionParser.Parse p = parse("how many patients had more than 3 admissions");
    assertThat(p.interpretation()).isNull();
    assertThat(p.clarification().reason()).contains("more than 3 admissions");
  }

  @Test
  void aMeasurementByPeriodWithoutAMeasureIsAskedBack() {
    assertThat(parse("a1c by year").interpretation()).isNull();
    assertThat(parse("average a1c by year").interpretation().subject())
        .isEqualTo(Subject.OBSERVATIONS);
  }

  @Test
  void howManyPatientsCountsPatientsEvenWithAnEncounterNoun() {
    Interpretation i = parse("how many patients had an inpatient stay in 2012").interpretation();
    assertThat(i.subject()).isEqualTo(Subject.PATIENTS);
    assertThat(i.encounterClass()).isEqualTo("IMP");
    assertThat(parse("how many inpatient stays in 2012").interpretation().subject())
        .isEqualTo(Subject.ENCOUNTERS);
  }

  @Test
  void aRateOfEventsIsAskedBackAndARateOfPatientsIsAnswered() {
    assertThat(parse("what share of admissions were for MI").interpretation()).isNull();
    Interpretation i = parse("what share of patients were admitted for MI").interpretation();
    assertThat(i.subject()).isEqualTo(Subject.PATIENTS);
    assertThat(i.concept().codes()).contains("http://snomed.info/sct|22298006");
  }

  @Test
  void livingInAPlaceIsAPlaceNotTheLivingOnly() {
    Interpretation i = parse("number of patients living in Franklin").interpretation();
    assertThat(i.patients().city()).isEqualTo("Franklin");
    assertThat(i.patients().alive()).isNull();
  }

  @Test
  void vagueTimesAndNegationsAreAskedBack() {
    assertThat(parse("how many patients had an MI recently").clarification()).isNotNull();
    assertThat(parse("how many patients never had an MI").clarification()).isNotNull();
  }
}
