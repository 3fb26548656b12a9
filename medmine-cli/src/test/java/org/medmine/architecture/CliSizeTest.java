package org.medmine.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: "the CLI's main code is at most 2,000 lines". The command line is a shell (option
 * parsing, a context, an app, printing); work that is not the shell's belongs to core, the demo or
 * the server. Counted as cloc counts code: every line of {@code org/medmine/cli/*.java} that is
 * neither blank nor a comment line (starting with {@code //}, {@code /*} or {@code *}), imports
 * included, the same as {@code cat *.java | grep -v -E '^\s*$' | grep -v -E '^\s*(//|\*|/\*)' | wc
 * -l}.
 */
class CliSizeTest {
  static final int MAX_CODE_LINES = 2_000;

  private static final Pattern BLANK = Pattern.compile("^\\s*$");
  private static final Pattern COMMENT = Pattern.compile("^\\s*(//|\\*|/\\*).*");

  /** The code lines of the {@code .java} files directly in {@code dir}. */
  static long codeLines(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".java")).toList();
    }
    long n = 0;
    for (Path f : files) {
      n +=
          Files.readAllLines(f).stream()
              .filter(l -> !BLANK.matcher(l).matches() && !COMMENT.matcher(l).matches())
              .count();
    }
    return n;
  }

  @Test
  void theCommandLinesMainCodeIsAtMostTwoThousandLines() throws IOException {
    long lines = codeLines(Path.of("src/main/java/org/medmine/cli"));
    System.out.println("CliSizeTest: the CLI's main code is " + lines + " lines");
    assertThat(lines)
        .as("code lines of medmine-cli/src/main/java/org/medmine/cli (at most %d)", MAX_CODE_LINES)
        .isPositive()
        .isLessThanOrEqualTo(MAX_CODE_LINES);
  }

  @Test
  void blankLinesAndCommentsAreNotCounted(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("Planted.java"),
        String.join(
            "\n",
            "package p;",
            "",
            "import java.util.List;",
            "/**",
            " * A comment.",
            " */",
            "final class Planted {",
            "  // why",
            "  /* also a comment */",
            "  int x; // counted: code first",
            "   ",
            "}"));
    Files.writeString(dir.resolve("notes.txt"), "not java\n");
    assertThat(codeLines(dir)).isEqualTo(5);
  }
}
