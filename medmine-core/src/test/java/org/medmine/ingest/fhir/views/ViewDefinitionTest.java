package org.medmine.ingest.fhir.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.medmine.model.MedmineUserException;

/**
 * What the specification's suite does not pin: a FHIRPath function outside the supported subset is
 * refused when the view is read, naming the expression, and unknown-truth logic follows FHIRPath's
 * three-valued tables (an empty operand of {@code or} with a true one is true).
 */
class ViewDefinitionTest {
  private static final ObjectMapper JSON = FhirResourceFiles.jsonMapper();

  @Test
  void anUnsupportedFunctionIsRefusedBeforeAnyResourceIsRead() {
    String view =
        "{\"resource\":\"Patient\",\"select\":[{\"column\":[{\"name\":\"n\",\"path\":\"name.select(family)\"}]}]}";
    assertThatThrownBy(() -> ViewDefinition.parse(JSON.readTree(view)))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("\"name.select(family)\"")
        .hasMessageContaining("select()");
  }

  @Test
  void emptyOrTrueIsTrueAndEmptyAndTrueIsEmpty() throws Exception {
    ViewDefinition view =
        ViewDefinition.parse(
            JSON.readTree(
                "{\"resource\":\"Patient\",\"select\":[{\"column\":["
                    + "{\"name\":\"o\",\"path\":\"deceasedBoolean or active\"},"
                    + "{\"name\":\"a\",\"path\":\"deceasedBoolean and active\"},"
                    + "{\"name\":\"i\",\"path\":\"active implies deceasedBoolean\"}]}]}"));
    var rows =
        new ViewEvaluator(view)
            .rows(JSON.readTree("{\"resourceType\":\"Patient\",\"id\":\"p\",\"active\":true}"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("o").booleanValue()).isTrue();
    assertThat(rows.get(0).get("a").isNull()).isTrue();
    assertThat(rows.get(0).get("i").isNull()).isTrue();
  }
}
