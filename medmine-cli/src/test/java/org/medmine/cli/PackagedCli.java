package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code medmine} command as the {@code ./medmine} launcher runs it: its own JVM on the
 * packaged jar and {@code target/lib} ({@code java -cp medmine-cli-*.jar:lib/*
 * org.medmine.cli.Main}), standard output and error captured whole in files, and an environment
 * without the caller's {@code MEDMINE_*} variables.
 *
 * @param jvmOptions options before {@code -cp} (e.g. {@code -Djava.io.tmpdir=...})
 * @param environment variables set for the child
 * @param classPathFirst entries put before the packaged class path (a jar that should win)
 * @param fileSizeLimitKb a {@code ulimit -f} for the child (0: none), to make the disk refuse
 *     writes
 * @param workDir the child's working directory
 */
record PackagedCli(
    List<String> jvmOptions,
    Map<String, String> environment,
    List<Path> classPathFirst,
    long fileSizeLimitKb,
    Path workDir) {
  private static final ObjectMapper WHOLE_JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** What one run printed and returned. */
  record Result(int code, String out, String err) {
    /** The whole standard output as one JSON document: fails on a cut or trailing output. */
    JsonNode json() {
      assertThat(out).as("JSON output; stderr: %s", err).endsWith("\n");
      try {
        JsonNode n = WHOLE_JSON.readTree(out);
        assertThat(n).as("a JSON document").isNotNull();
        return n;
      } catch (IOException e) {
        throw new AssertionError(
            "standard output is not one whole JSON document ("
                + out.length()
                + " chars, ends "
                + out.substring(Math.max(0, out.length() - 80))
                + "): "
                + e.getMessage(),
            e);
      }
    }

    String lastLine() {
      List<String> lines = out.lines().toList();
      return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
  }

  /** The packaged command with no extra options, run in {@code workDir}. */
  static PackagedCli in(Path workDir) {
    return new PackagedCli(List.of(), Map.of(), List.of(), 0, workDir);
  }

  PackagedCli withEnv(String name, String value) {
    Map<String, String> env = new LinkedHashMap<>(environment);
    env.put(name, value);
    return new PackagedCli(jvmOptions, env, classPathFirst, fileSizeLimitKb, workDir);
  }

  PackagedCli withJvmOption(String option) {
    List<String> options = new ArrayList<>(jvmOptions);
    options.add(option);
    return new PackagedCli(options, environment, classPathFirst, fileSizeLimitKb, workDir);
  }

  PackagedCli withClassPathFirst(Path entry) {
    return new PackagedCli(jvmOptions, environment, List.of(entry), fileSizeLimitKb, workDir);
  }

  PackagedCli withFileSizeLimitKb(long kb) {
    return new PackagedCli(jvmOptions, environment, classPathFirst, kb, workDir);
  }

  /** The packaged jar and lib folder (set by medmine-cli's pom for the failsafe run). */
  static String classPath() {
    String jar = System.getProperty("medmine.cli.jar");
    String lib = System.getProperty("medmine.cli.lib");
    assertThat(jar).as("medmine.cli.jar (set by medmine-cli's pom)").isNotNull();
    assertThat(Path.of(jar)).as("the packaged jar").isRegularFile();
    assertThat(Path.of(lib)).as("the packaged lib folder").isDirectory();
    return jar + java.io.File.pathSeparator + lib + "/*";
  }

  /** A started command: its process and the files its standard output and error go to. */
  record Started(Process process, Path outFile, Path errFile) {
    String err() throws IOException {
      return Files.readString(errFile, StandardCharsets.UTF_8);
    }

    /** Waits for the end (at most ten minutes) and returns what it printed. */
    Result finish() throws IOException, InterruptedException {
      assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("the command finishes").isTrue();
      return new Result(
          process.exitValue(), Files.readString(outFile, StandardCharsets.UTF_8), err());
    }
  }

  /** Starts the command; the caller waits for it or kills it. */
  Started start(String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    if (fileSizeLimitKb > 0) {
      cmd.addAll(List.of("bash", "-c", "ulimit -f " + fileSizeLimitKb + " && exec \"$0\" \"$@\""));
    }
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    cmd.addAll(jvmOptions);
    StringBuilder cp = new StringBuilder();
    classPathFirst.forEach(p -> cp.append(p).append(java.io.File.pathSeparator));
    cmd.addAll(List.of("-cp", cp + classPath(), Main.class.getName()));
    cmd.addAll(List.of(args));
    Files.createDirectories(workDir);
    Path out = Files.createTempFile(workDir, "stdout-", ".txt");
    Path err = Files.createTempFile(workDir, "stderr-", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(workDir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("MEDMINE_"));
    pb.environment().putAll(environment);
    return new Started(pb.start(), out, err);
  }

  /** Runs the command to its end. */
  Result run(String... args) {
    try {
      return start(args).finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
