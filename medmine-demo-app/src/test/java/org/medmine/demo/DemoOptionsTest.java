package org.medmine.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medmine.context.ContextRequest;
import org.medmine.model.MedmineUserException;

/**
 * What the demo is asked to run and what its front end gives it: the size of the population is
 * bounded in one sentence, the warehouse defaults into the output folder, a population is found
 * again by its size and seed, and the host never prints the environment's secrets.
 */
class DemoOptionsTest {
  private static final Path OUT = Path.of("demo-out");

  @Test
  void aPopulationOutsideOneToOneHundredThousandIsOneSentence() {
    for (int patients : new int[] {0, -1, DemoOptions.MAX_PATIENTS + 1}) {
      assertThatThrownBy(() -> new DemoOptions(patients, 42, OUT, Optional.empty()))
          .isInstanceOf(MedmineUserException.class)
          .hasMessage("--patients must be between 1 and 100000, not " + patients + ".");
    }
    assertThat(new DemoOptions(DemoOptions.MAX_PATIENTS, 42, OUT, Optional.empty()).patients())
        .isEqualTo(100_000);
  }

  @Test
  void theWarehouseIsInTheOutputFolderUnlessGiven() {
    assertThat(new DemoOptions(20, 42, OUT, Optional.empty()).warehouseFile())
        .isEqualTo(OUT.resolve("medmine.duckdb"));
    Path elsewhere = Path.of("elsewhere.duckdb");
    assertThat(new DemoOptions(20, 42, OUT, Optional.of(elsewhere)).warehouseFile())
        .isEqualTo(elsewhere);
  }

  @Test
  void aPopulationIsFoundAgainByItsSizeAndSeed() {
    assertThat(new DemoOptions(20, 42, OUT, Optional.empty()).populationFolder())
        .isEqualTo(OUT.resolve("population-p20-s42"));
    assertThat(new DemoOptions(20, 7, OUT, Optional.empty()).populationFolder())
        .isNotEqualTo(new DemoOptions(20, 42, OUT, Optional.empty()).populationFolder());
  }

  @Test
  void theHostNeverPrintsTheEnvironment() {
    DemoHost host =
        new DemoHost(
            new PrintWriter(new StringWriter()),
            ContextRequest::of,
            Map.of("MEDMINE_DEID_KEY", "a-secret-of-thirty-two-characters"));
    assertThat(host.toString()).doesNotContain("a-secret").contains("1 variables");
    assertThat(host.environment()).containsKey("MEDMINE_DEID_KEY");
  }
}
