package org.medmine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package layering of shared/DESIGN.md: model, warehouse, ingest, quality, privacy, cohort,
 * mining, apps, report — a package may import from packages to its left, never to its right.
 */
class LayeringTest {
  static final List<String> LAYERS =
      List.of("model", "warehouse", "ingest", "quality", "privacy", "cohort", "mining", "apps", "report");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.medmine");
  }

  @Test
  void eachLayerImportsOnlyFromLayersToItsLeft() {
    for (int i = 0; i < LAYERS.size(); i++) {
      String[] right = LAYERS.subList(i + 1, LAYERS.size()).stream().map(l -> "org.medmine." + l + "..").toArray(String[]::new);
      if (right.length == 0) {
        continue;
      }
      noClasses()
          .that().resideInAPackage("org.medmine." + LAYERS.get(i) + "..")
          .should().dependOnClassesThat().resideInAnyPackage(right)
          .because("shared/DESIGN.md: a package imports only from packages to its left")
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void coreImportsNoCliOrServerOrSynthea() {
    noClasses()
        .that().resideOutsideOfPackage("org.medmine.synthea..")
        .should().dependOnClassesThat().resideInAnyPackage("org.medmine.cli..", "org.medmine.server..", "org.mitre.synthea..", "picocli..")
        .because("core is engine- and front-end-neutral; Synthea is test data, not a product dependency")
        .check(classes);
  }

  @Test
  void duckDbStaysInsideTheWarehouse() {
    noClasses()
        .that().resideOutsideOfPackages("org.medmine.warehouse..", "org.medmine.synthea..")
        .should().dependOnClassesThat().resideInAPackage("org.duckdb..")
        .because("no DuckDB class crosses a stage boundary (shared/STYLE.md)")
        .check(classes);
  }

  @Test
  void theTimeSeriesEngineKnowsNoSql() {
    noClasses()
        .that().resideInAPackage("org.medmine.mining.timeseries..")
        .should().dependOnClassesThat().resideInAPackage("java.sql..")
        .because("shared/DESIGN.md: a mining algorithm works on plain arrays, independent of SQL and the engine")
        .check(classes);
  }

  @Test
  void theLayeringRuleBitesOnARealViolation() {
    // The rule must be able to fail: ingest depends on warehouse, so forbidding that must report a violation.
    var rule = noClasses().that().resideInAPackage("org.medmine.ingest..").should().dependOnClassesThat().resideInAPackage("org.medmine.warehouse..");
    org.assertj.core.api.Assertions.assertThat(rule.evaluate(classes).hasViolation()).isTrue();
  }
}
