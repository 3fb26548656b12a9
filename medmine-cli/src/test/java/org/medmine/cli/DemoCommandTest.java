package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a new user meets around {@code medmine demo} before it runs (issue 29, defect 8). */
class DemoCommandTest {
  /** The demo writes 400 MB into its --out folder; git must not offer it for a commit. */
  @Test
  void theDemosDefaultOutputFolderIsIgnoredByGit() throws IOException {
    String out =
        Main.commandLine()
            .getSubcommands()
            .get("demo")
            .getCommandSpec()
            .findOption("--out")
            .defaultValue();
    assertThat(out).isEqualTo("medmine-demo");
    Path gitignore = Path.of("").toAbsolutePath().getParent().resolve(".gitignore");
    List<String> patterns = Files.readAllLines(gitignore).stream().map(String::strip).toList();
    assertThat(patterns).containsAnyOf("/" + out + "/", out + "/", "/" + out, out);
  }

  /** The help says how long the demo takes, as measured, and that it reuses the population. */
  @Test
  void theDemosHelpSaysHowLongItTakes() {
    CliTest.Run r = CliTest.medmine("demo", "--help");
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains(
            "2 minutes on a quiet two-core machine",
            "4 or more on a busy one",
            "reuses the population");
  }
}
