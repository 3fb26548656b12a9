package org.medmine.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** medmine's own classes keep the {@link ArchitectureRules}; every named layer has classes. */
class ArchitectureTest {
  private static JavaClasses product;

  // Tests are left out, also core's, which reach this module as its test jar
  // (medmine-core-VERSION-tests.jar, a
  // location ArchUnit's DO_NOT_INCLUDE_TESTS does not recognise): a test may build a warehouse with
  // ingest to
  // check the warehouse layer, and that is no dependency of the product.

  @BeforeAll
  static void importProduct() {
    product =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TEST_FIXTURES)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.medmine");
  }

  @Test
  void everyNamedLayerExists() {
    for (String layer : ArchitectureRules.LAYERS) {
      assertThat(
              product.stream().anyMatch(c -> c.getPackageName().startsWith("org.medmine." + layer)))
          .as("layer %s has classes", layer)
          .isTrue();
    }
  }

  @Test
  void theCommandLineIsAShell() {
    ArchitectureRules.CLI_IS_A_SHELL.check(product);
  }

  @Test
  void appsDoNotImportOneAnother() {
    ArchitectureRules.APPS_ARE_INDEPENDENT.check(product);
  }

  @Test
  void packagesFormNoCycle() {
    ArchitectureRules.NO_CYCLES.check(product);
  }

  @Test
  void eachLayerImportsOnlyFromItsLeft() {
    List<String> failures = new ArrayList<>();
    for (ArchRule rule : ArchitectureRules.layering()) {
      EvaluationResult r = rule.evaluate(product);
      if (r.hasViolation()) {
        failures.add(r.getFailureReport().toString());
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void coreReadsNoSystemPropertyOrEnvironmentVariable() {
    ArchitectureRules.CORE_READS_NO_PROCESS_SETTINGS.check(product);
  }

  @Test
  void coreHoldsNoThreadLocal() {
    ArchitectureRules.NO_THREAD_LOCAL_IN_CORE.check(product);
  }
}
