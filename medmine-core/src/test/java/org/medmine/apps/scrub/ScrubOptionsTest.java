package org.medmine.apps.scrub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.model.MedmineUserException;

/** The scrub's modes by name, and inputs that must exist before anything is read. */
class ScrubOptionsTest {
  @TempDir Path dir;

  @Test
  void modesAreNamedAsOnTheCommandLineAndMissingInputsAreRefused() {
    assertThat(ScrubOptions.mode("surrogate")).isEqualTo(ScrubOptions.Mode.SURROGATE);
    assertThatThrownBy(() -> ScrubOptions.mode("redact"))
        .isInstanceOf(MedmineUserException.class)
        .hasMessage("Unknown --mode 'redact': use tag, surrogate or spans.");
    Path missing = dir.resolve("nope.txt");
    assertThatThrownBy(() -> new ScrubOptions(List.of(missing), null, ScrubOptions.Mode.TAG))
        .isInstanceOf(MedmineUserException.class)
        .hasMessage("Input " + missing + " does not exist: check the path.");
  }
}
