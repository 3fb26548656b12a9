package org.medmine.apps.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.DeidPolicy;

/**
 * The options of a de-identification as the command line gives them, and secrets that never show.
 */
class DeidOptionsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 1, 1);

  @Test
  void aMissingOutIsNamedBeforeABadPolicy() {
    assertThatThrownBy(() -> DeidOptions.of(null, "no-such-policy", DAY))
        .isInstanceOf(MedmineUserException.class)
        .hasMessage("Missing --out FILE: give the path of the new de-identified warehouse.");
    assertThatThrownBy(() -> DeidOptions.of(Path.of("d.duckdb"), "no-such-policy", DAY))
        .isInstanceOf(MedmineUserException.class);
    assertThat(DeidOptions.of(Path.of("d.duckdb"), "shifted", DAY).policy())
        .isEqualTo(DeidPolicy.SHIFTED);
  }

  @Test
  void theKeysNeverPrintTheirSecret() {
    DeidKeys keys =
        new DeidKeys("a-secret-of-sixteen-or-more".getBytes(), Optional.empty(), Optional.empty());
    assertThat(keys.toString()).doesNotContain("a-secret").contains("<secret>");
  }
}
