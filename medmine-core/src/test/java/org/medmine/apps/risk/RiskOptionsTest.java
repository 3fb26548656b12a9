package org.medmine.apps.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medmine.model.MedmineUserException;

/** Options no assessment can use are refused in one sentence before anything is read. */
class RiskOptionsTest {
  @Test
  void kBelowTwoASuppressionShareOutsideZeroToOneAndAnUnknownQuasiIdentifierAreRefused() {
    assertThatThrownBy(() -> new RiskOptions(1, List.of("sex"), false, 0.05))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageStartingWith("--k must be at least 2");
    assertThatThrownBy(() -> new RiskOptions(5, List.of("sex"), true, 1.5))
        .isInstanceOf(MedmineUserException.class)
        .hasMessage("--max-suppression must be a share between 0 and 1, not 1.5.");
    assertThatThrownBy(() -> new RiskOptions(5, List.of("sex", "shoe_size"), false, 0.05))
        .isInstanceOf(MedmineUserException.class)
        .hasMessage(
            "Unknown quasi-identifier 'shoe_size': choose among [birth_year, sex, zip3, race, ethnicity].");
    assertThat(RiskOptions.DEMO.quasiIdentifiers())
        .containsExactly("birth_year", "sex", "zip3", "race", "ethnicity");
  }
}
