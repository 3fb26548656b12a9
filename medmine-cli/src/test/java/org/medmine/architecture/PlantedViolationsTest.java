package org.medmine.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each of the {@link ArchitectureRules} fails on a violation planted among the test fixtures
 * ({@code org.medmine.cli.planted}, {@code org.medmine.apps.planted*}, {@code
 * org.medmine.plantedcycle}, {@code org.medmine.model.planted}, {@code
 * org.medmine.warehouse.planted}), so a rule that passes on the product passes because the product
 * keeps it.
 */
class PlantedViolationsTest {
  private static JavaClasses planted;

  @BeforeAll
  static void importFixtures() {
    planted =
        new ClassFileImporter()
            .importPackages(
                "org.medmine.cli.planted",
                "org.medmine.apps.plantedone",
                "org.medmine.apps.plantedtwo",
                "org.medmine.plantedcycle",
                "org.medmine.model.planted",
                "org.medmine.warehouse.planted");
  }

  private static String violations(ArchRule rule) {
    EvaluationResult r = rule.evaluate(planted);
    assertThat(r.hasViolation()).as(rule.getDescription()).isTrue();
    return r.getFailureReport().toString();
  }

  @Test
  void aCommandRunningSqlAndMiningIsCaught() {
    assertThat(violations(ArchitectureRules.CLI_IS_A_SHELL))
        .contains("PlantedCommand", "java.sql.Connection", "EarsDetector");
  }

  @Test
  void anAppReachingIntoAnotherIsCaught() {
    assertThat(violations(ArchitectureRules.APPS_ARE_INDEPENDENT))
        .contains("PlantedOne", "PlantedTwo");
  }

  @Test
  void aPackageCycleIsCaught() {
    assertThat(violations(ArchitectureRules.NO_CYCLES)).contains("CycleA", "CycleB");
  }

  @Test
  void aLayerReachingRightIsCaught() {
    assertThat(violations(ArchitectureRules.layering().get(0)))
        .contains("PlantedUpward", "AnalysisContext");
  }

  @Test
  void coreReadingItsOwnSettingsIsCaught() {
    assertThat(violations(ArchitectureRules.CORE_READS_NO_PROCESS_SETTINGS))
        .contains(
            "PlantedSettingsRead",
            "System.getProperty(java.lang.String)",
            "System.getProperty(java.lang.String, java.lang.String)",
            "System.getenv(java.lang.String)",
            "System.getenv()",
            "Boolean.getBoolean(java.lang.String)");
  }

  @Test
  void aThreadLocalInCoreIsCaught() {
    assertThat(violations(ArchitectureRules.NO_THREAD_LOCAL_IN_CORE))
        .contains("PlantedSettingsRead", "java.lang.ThreadLocal");
  }
}
