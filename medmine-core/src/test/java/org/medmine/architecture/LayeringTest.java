package org.medmine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps core's own boundaries: no front end or test-population module in core, DuckDB inside the
 * warehouse, no SQL in the mining algorithms. The layering of packages (left to right) is checked
 * over every module by medmine-cli's ArchitectureTest (docs/architecture.md), with a planted
 * violation for each rule.
 */
class LayeringTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.medmine");
  }

  @Test
  void coreImportsNoCliOrServerOrSynthea() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.medmine.synthea..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.medmine.cli..", "org.medmine.server..", "org.mitre.synthea..", "picocli..")
        .because(
            "core is engine- and front-end-neutral; Synthea is test data, not a product dependency")
        .check(classes);
  }

  @Test
  void duckDbStaysInsideTheWarehouse() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.medmine.warehouse..", "org.medmine.synthea..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.duckdb..")
        .because("no DuckDB class crosses a stage boundary (shared/STYLE.md)")
        .check(classes);
  }

  @Test
  void miningAlgorithmsKnowNoSql() {
    // All of mining again: the association-rule transactions are read in apps.associations now.
    noClasses()
        .that()
        .resideInAPackage("org.medmine.mining..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("java.sql..")
        .because(
            "shared/DESIGN.md: a mining algorithm works on plain arrays, independent of SQL and the engine")
        .check(classes);
  }

  @Test
  void theLayeringRuleBitesOnARealViolation() {
    // The rule must be able to fail: ingest depends on warehouse, so forbidding that must report a
    // violation.
    var rule =
        noClasses()
            .that()
            .resideInAPackage("org.medmine.ingest..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.medmine.warehouse..");
    org.assertj.core.api.Assertions.assertThat(rule.evaluate(classes).hasViolation()).isTrue();
  }
}
