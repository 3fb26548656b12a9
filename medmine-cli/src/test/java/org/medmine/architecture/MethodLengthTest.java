package org.medmine.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * shared/STYLE.md: "a method fits on a screen". No method or constructor of medmine's main code
 * (every module) is longer than {@link #MAX_LINES} lines, from its declaration to its closing
 * brace.
 */
class MethodLengthTest {
  static final int MAX_LINES = 60;

  /**
   * Methods of {@code sources} longer than {@code max} lines, as {@code file:line name (n lines)}.
   */
  static List<String> longMethods(Path sources, int max) throws IOException {
    StaticJavaParser.getParserConfiguration()
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
    List<String> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    for (Path f : files) {
      CompilationUnit cu = StaticJavaParser.parse(f);
      for (CallableDeclaration<?> m : cu.findAll(CallableDeclaration.class)) {
        int lines = m.getEnd().get().line - m.getBegin().get().line + 1;
        if (lines > max) {
          out.add(
              f.getFileName()
                  + ":"
                  + m.getBegin().get().line
                  + " "
                  + m.getNameAsString()
                  + " ("
                  + lines
                  + " lines)");
        }
      }
    }
    return out;
  }

  @Test
  void noMainMethodIsLongerThanAScreen() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> tooLong = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module :
          modules
              .filter(m -> m.getFileName().toString().startsWith("medmine-"))
              .sorted()
              .toList()) {
        Path main = module.resolve("src/main/java");
        if (Files.isDirectory(main)) {
          tooLong.addAll(longMethods(main, MAX_LINES));
        }
      }
    }
    assertThat(tooLong).as("methods over %d lines", MAX_LINES).isEmpty();
  }

  @Test
  void theRuleSeesALongMethod(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    StringBuilder body = new StringBuilder("class Planted {\n  void tooLong() {\n");
    for (int i = 0; i < MAX_LINES; i++) {
      body.append("    System.out.println(").append(i).append(");\n");
    }
    body.append("  }\n  void short_() {}\n}\n");
    Files.writeString(dir.resolve("Planted.java"), body);
    assertThat(longMethods(dir, MAX_LINES)).containsExactly("Planted.java:2 tooLong (62 lines)");
  }
}
