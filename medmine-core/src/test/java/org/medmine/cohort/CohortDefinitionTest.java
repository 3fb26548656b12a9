package org.medmine.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmine.model.MedmineUserException;

/**
 * A cohort definition round-trips through JSON, and a bad one is refused with one sentence naming
 * the file and what is wrong.
 */
class CohortDefinitionTest {
  static final CohortDefinition DIABETES =
      new CohortDefinition(
          "t2dm-adults",
          new EventCriterion(
              EventDomain.CONDITION,
              "http://hl7.org/fhir/sid/icd-10-cm",
              List.of(),
              List.of("E11")),
          new ObservationRequirement(365, 30),
          List.of(
              InclusionRule.age("adult", 18, null),
              InclusionRule.event(
                  "no metformin in the month before",
                  new EventCriterion(
                      EventDomain.MEDICATION,
                      "http://www.nlm.nih.gov/research/umls/rxnorm",
                      List.of("860975"),
                      null),
                  -30,
                  0,
                  true)),
          new CohortExit("days", 365, null));

  @Test
  void aDefinitionRoundTripsThroughJson() {
    String json = DIABETES.toJson();
    assertThat(json).contains("\"prefixes\"", "\"E11\"", "\"absent\" : true", "\"by\" : \"days\"");
    CohortDefinition back = CohortDefinition.parse(json, "t.json");
    assertThat(back).isEqualTo(DIABETES);
    assertThat(back.toJson()).isEqualTo(json);
  }

  @Test
  void defaultsAreFilledAndWrittenBack() {
    CohortDefinition d =
        CohortDefinition.parse(
            "{\"name\": \"any\", \"entry\": {\"domain\": \"measurement\", \"codes\": [\"8302-2\"]}}",
            "d.json");
    assertThat(d.observation()).isEqualTo(ObservationRequirement.NONE);
    assertThat(d.exit()).isEqualTo(CohortExit.OBSERVATION_END);
    assertThat(d.inclusion()).isEmpty();
    assertThat(CohortDefinition.parse(d.toJson(), "again")).isEqualTo(d);
  }

  @Test
  void anUnknownFieldIsNamedInOneSentence() {
    String json =
        "{\"name\": \"x\", \"entry\": {\"domain\": \"condition\", \"codes\": [\"1\"],"
            + " \"includeDescendants\": true}}";
    assertThatThrownBy(() -> CohortDefinition.parse(json, "def.json"))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageStartingWith("def.json: unknown field \"entry.includeDescendants\": remove it")
        .hasMessageEndingWith("(docs/cohorts.md lists the fields).")
        .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
  }

  @Test
  void brokenRulesAreUserErrorsNamingTheFile() {
    assertThatThrownBy(
            () ->
                CohortDefinition.parse(
                    "{\"name\": \"x\", \"entry\": {\"domain\": \"lab\", \"codes\": [\"1\"]}}",
                    "a.json"))
        .isInstanceOf(MedmineUserException.class)
        .hasMessage(
            "a.json: 'lab' is not an event domain: use condition, medication, procedure,"
                + " measurement or encounter.");
    assertThatThrownBy(
            () ->
                CohortDefinition.parse(
                    "{\"name\": \"x\", \"entry\": {\"domain\": \"condition\", \"codes\": [\"1\"]},"
                        + " \"inclusion\": [{\"name\": \"r\", \"event\": {\"domain\": \"condition\","
                        + " \"codes\": [\"2\"]}, \"fromDay\": 0, \"toDay\": -30}]}",
                    "b.json"))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageStartingWith("b.json: inclusion rule 'r' needs \"fromDay\" <= \"toDay\"");
    assertThatThrownBy(
            () ->
                CohortDefinition.parse(
                    "{\"name\": \"x\", \"entry\": {\"domain\": \"condition\", \"codes\": [\"1'; --\"]}}",
                    "c.json"))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("is not a code");
    assertThatThrownBy(() -> CohortDefinition.parse("{\"name\": ", "d.json"))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageStartingWith("d.json is not valid JSON");
    assertThatThrownBy(
            () ->
                CohortDefinition.parse(
                    "{\"name\": \"x\", \"entry\": {\"domain\": \"condition\", \"codes\": [\"1\"]},"
                        + " \"exit\": {\"by\": \"days\"}}",
                    "e.json"))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageStartingWith("e.json: the \"exit\" must be");
  }
}
