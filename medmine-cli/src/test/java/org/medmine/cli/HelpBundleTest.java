package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The help of every command, dumped for a diff against the help before a change ({@link HelpDump}). */
class HelpBundleTest {
  @Test
  void everyCommandsHelpIsDumpedForADiff() throws Exception {
    Path file = HelpDump.write(Path.of("target", "help", "all-help.txt"));
    String text = Files.readString(file);
    assertThat(HelpDump.commandNames()).contains("medmine", "medmine link match", "medmine deid verify");
    assertThat(text).contains("==== medmine link match --help (exit 0)").doesNotContain("(exit 1)", "(exit 2)");
  }
}
