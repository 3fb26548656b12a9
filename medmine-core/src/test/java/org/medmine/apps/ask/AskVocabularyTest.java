package org.medmine.apps.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.medmine.context.WarehouseConcepts.Table;
import org.medmine.mining.nlp.ConceptCategory;
import org.medmine.mining.nlp.Lexicon.WarehouseConcept;

/**
 * Concept resolution ({@link AskVocabulary}): words, synonyms and abbreviations to the codes a
 * (hand-written, Synthea-like) warehouse records, or a problem with candidates.
 */
class AskVocabularyTest {
  private static final String SCT = "http://snomed.info/sct";
  private static final String LOINC = "http://loinc.org";
  private static final String RX = "http://www.nlm.nih.gov/research/umls/rxnorm";

  private static final AskVocabulary VOCABULARY =
      new AskVocabulary(
          Map.of(
              Table.CONDITION,
              List.of(
                  condition("44054006", "Diabetes mellitus type 2 (disorder)"),
                  condition("22298006", "Myocardial infarction (disorder)"),
                  condition(
                      "401314000",
                      "Acute non-ST segment elevation myocardial infarction (disorder)"),
                  condition("88805009", "Chronic congestive heart failure (disorder)"),
                  condition("59621000", "Essential hypertension (disorder)"),
                  condition("127013003", "Disorder of kidney due to diabetes mellitus (disorder)")),
              Table.MEDICATION,
              List.of(
                  new WarehouseConcept(
                      RX, "312961", "Simvastatin 20 MG Oral Tablet", ConceptCategory.DRUG),
                  new WarehouseConcept(
                      RX, "314231", "Simvastatin 10 MG Oral Tablet", ConceptCategory.DRUG)),
              Table.OBSERVATION,
              List.of(
                  new WarehouseConcept(
                      LOINC,
                      "4548-4",
                      "Hemoglobin A1c/Hemoglobin.total in Blood",
                      ConceptCategory.OTHER),
                  new WarehouseConcept(LOINC, "2339-0", "Glucose", ConceptCategory.OTHER),
                  new WarehouseConcept(
                      LOINC,
                      "2345-7",
                      "Glucose [Mass/volume] in Serum or Plasma",
                      ConceptCategory.OTHER))));

  private static WarehouseConcept condition(String code, String display) {
    return new WarehouseConcept(SCT, code, display, ConceptCategory.CONDITION);
  }

  private static Interpretation.ResolvedConcept one(String phrase, String question) {
    AskVocabulary.Resolution r = VOCABULARY.resolve(phrase, question);
    assertThat(r.problem()).as(phrase).isNull();
    assertThat(r.concepts()).as(phrase).hasSize(1);
    return r.concepts().get(0);
  }

  @Test
  void abbreviationsResolveToTheCodesTheWarehouseRecords() {
    assertThat(one("t2dm", "How many with T2DM?").codes()).containsExactly(SCT + "|44054006");
    assertThat(one("with htn", "with HTN").codes()).containsExactly(SCT + "|59621000");
    assertThat(one("a1c", "average a1c").codes()).containsExactly(LOINC + "|4548-4");
    assertThat(one("a1c", "average a1c").table()).isEqualTo("observation");
  }

  @Test
  void aGroupEntryGathersEveryCodeAnAnalystMeans() {
    assertThat(one("mi", "patients with an MI").codes())
        .containsExactly(SCT + "|22298006", SCT + "|401314000");
    assertThat(one("chf", "patients with CHF").codes()).containsExactly(SCT + "|88805009");
  }

  @Test
  void twoLetterAbbreviationsMatchOnlyInCapitals() {
    AskVocabulary.Resolution r = VOCABULARY.resolve("mi", "patients with an mi");
    assertThat(r.problem()).isNotNull();
    assertThat(r.concepts()).isEmpty();
  }

  @Test
  void aDrugIngredientGathersEveryStrength() {
    Interpretation.ResolvedConcept c = one("on simvastatin", "on simvastatin");
    assertThat(c.table()).isEqualTo("medication");
    assertThat(c.codes()).containsExactlyInAnyOrder(RX + "|312961", RX + "|314231");
  }

  @Test
  void aConceptTheWarehouseDoesNotRecordIsAProblemWithCandidates() {
    AskVocabulary.Resolution r = VOCABULARY.resolve("diabetes", "patients with diabetes");
    assertThat(r.problem()).contains("not recorded");
    assertThat(r.candidates())
        .contains("type 2 diabetes mellitus", "disorder of kidney due to diabetes mellitus");
  }

  @Test
  void aMeasurementNamedOnlyByADisplayThatOthersShareIsAmbiguous() {
    AskVocabulary.Resolution r = VOCABULARY.resolve("glucose", "average glucose");
    assertThat(r.problem()).contains("several measurements");
    assertThat(r.candidates()).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void anUnknownWordIsAProblemNotAGuess() {
    AskVocabulary.Resolution r = VOCABULARY.resolve("zorbitis", "patients with zorbitis");
    assertThat(r.problem()).contains("zorbitis");
    assertThat(r.concepts()).isEmpty();
  }

  @Test
  void wordsOfNoConceptAreLeftAlone() {
    AskVocabulary.Resolution r = VOCABULARY.resolve("patients with the", "patients with the");
    assertThat(r.problem()).isNull();
    assertThat(r.concepts()).isEmpty();
  }
}
