package org.medmine.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.model.MedmineUserException;

/**
 * The catalogue as data: templates expand, user files extend and override, bad files are user
 * errors.
 */
class CheckCatalogueTest {
  @TempDir Path dir;

  @Test
  void builtInCatalogueCoversEveryFamilyAndExpandsTemplates() {
    List<CheckDefinition> checks = CheckCatalogue.builtIn().checks();
    assertThat(checks)
        .extracting(CheckDefinition::family)
        .containsOnly("conformance", "completeness", "plausibility");
    assertThat(checks)
        .extracting(CheckDefinition::id)
        .doesNotHaveDuplicates()
        .contains(
            "conf_code_loinc",
            "conf_code_npi",
            "conf_fk_patient_encounter",
            "plaus_after_death_observation",
            "compl_patient_has_condition");
    assertThat(checks)
        .allSatisfy(
            c -> assertThat(c.sql() == null ? c.where() : c.sql()).as(c.id()).doesNotContain("${"));
    CheckDefinition coverage =
        checks.stream()
            .filter(c -> c.id().equals("compl_patient_has_condition"))
            .findFirst()
            .orElseThrow();
    assertThat(coverage.threshold()).isEqualTo(50.0);
    assertThat(coverage.rowLevel()).isFalse();
    assertThat(checks.stream().filter(CheckDefinition::fatal)).isNotEmpty();
  }

  @Test
  void userFilesAddChecksAndReplaceBuiltInsById() throws IOException {
    Path f = dir.resolve("extra.json");
    Files.writeString(
        f,
        """
        {"checks": [
          {"id": "conf_code_npi", "family": "conformance", "table": "provider", "validator": "npi", "column": "npi", "where": "TRUE", "fatal": true},
          {"id": "site_x_${t}", "family": "plausibility", "table": "${t}", "sql": "SELECT source, id FROM ${t} WHERE FALSE",
           "each": [{"t": "encounter"}, {"t": "condition"}]}
        ]}""");
    List<CheckDefinition> checks = CheckCatalogue.withExtensions(List.of(f)).checks();
    assertThat(checks).hasSize(CheckCatalogue.builtIn().checks().size() + 2);
    assertThat(
            checks.stream()
                .filter(c -> c.id().equals("conf_code_npi"))
                .findFirst()
                .orElseThrow()
                .fatal())
        .isTrue();
    assertThat(checks)
        .extracting(CheckDefinition::id)
        .contains("site_x_encounter", "site_x_condition");
  }

  @Test
  void malformedUserFilesAreUserErrors() throws IOException {
    Path unknownValidator = dir.resolve("a.json");
    Files.writeString(
        unknownValidator,
        "{\"checks\": [{\"id\": \"x\", \"family\": \"conformance\", \"table\": \"t\", \"validator\": \"isbn\"}]}");
    assertThatThrownBy(() -> CheckCatalogue.withExtensions(List.of(unknownValidator)))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("isbn");
    Path missingPlaceholder = dir.resolve("b.json");
    Files.writeString(
        missingPlaceholder,
        "{\"checks\": [{\"id\": \"x_${t}\", \"family\": \"conformance\", \"table\": \"t\", \"sql\": \"S\", \"each\": [{\"u\": 1}]}]}");
    assertThatThrownBy(() -> CheckCatalogue.withExtensions(List.of(missingPlaceholder)))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("${t}");
    Path notJson = dir.resolve("c.json");
    Files.writeString(notJson, "{checks: [");
    assertThatThrownBy(() -> CheckCatalogue.withExtensions(List.of(notJson)))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> CheckCatalogue.withExtensions(List.of(dir.resolve("none.json"))))
        .isInstanceOf(MedmineUserException.class);
  }
}
