package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Issue 29, defect 8: the help a new user reads first. The root help cut the summaries of {@code
 * deid} and {@code scrub} mid-sentence, wrapped the warehouse default as ". /medmine.duckdb",
 * {@code study run --out} read "Default: ..", and {@code segment --help} made picocli print a
 * warning about a lone '%'.
 */
class HelpTextTest {
  @Test
  void theRootHelpSummarizesEveryCommandInWholeSentences() {
    CliTest.Run r = CliTest.medmine("--help");
    assertThat(r.code()).isZero();
    Map<String, String> summaries = summaries(r.out());
    assertThat(summaries.keySet()).contains("deid", "scrub", "study", "forecast");
    summaries.forEach(
        (command, summary) ->
            assertThat(summary)
                .as(command)
                .endsWith(".")
                .doesNotContainPattern(
                    "\\w\\. [a-z]")); // a word cut after its dot by the line wrap
    assertThat(r.out()).doesNotContain(". /", "./ ");
  }

  @Test
  void everyCommandsHelpReadsCleanlyWithoutWarnings() {
    List<String> names = new ArrayList<>();
    collect(Main.commandLine(), names);
    assertThat(names).contains("medmine study run", "medmine deid verify", "medmine segment");
    PrintStream stderr = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
      for (String name : names) {
        String[] args = (name.substring("medmine".length()).strip() + " --help").strip().split(" ");
        CliTest.Run r = CliTest.medmine(args);
        assertThat(r.code()).as(name).isZero();
        String text = r.out().replaceAll("\\s+", " ");
        assertThat(text).as(name).doesNotContain("Default: ..", "Default: . ", ". /", ": .)");
      }
    } finally {
      System.setErr(stderr);
    }
    assertThat(warnings.toString(StandardCharsets.UTF_8))
        .as("what picocli printed to stderr")
        .isEmpty();
  }

  private static void collect(CommandLine cli, List<String> names) {
    names.add(cli.getCommandSpec().qualifiedName());
    cli.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (!name.equals("help")) {
                collect(sub, names);
              }
            });
  }

  /** Each command's summary in the root help's command list, its wrapped lines joined. */
  private static Map<String, String> summaries(String help) {
    Map<String, String> out = new LinkedHashMap<>();
    String current = null;
    boolean inList = false;
    for (String line : help.split("\\R")) {
      if (line.startsWith("Commands:")) {
        inList = true;
        continue;
      }
      if (!inList || line.isBlank()) {
        inList = inList && !line.isBlank();
        continue;
      }
      if (line.matches("  [a-z]+ +\\S.*")) {
        String[] parts = line.strip().split("\\s+", 2);
        current = parts[0];
        out.put(current, parts[1]);
      } else if (current != null) {
        out.put(current, out.get(current) + " " + line.strip());
      }
    }
    out.remove("help");
    return out;
  }
}
