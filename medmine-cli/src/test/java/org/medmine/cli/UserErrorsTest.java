package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * Mistakes a user makes are user errors: one sentence that says what to do, exit code 2, nothing on
 * standard output (no partial table), no stack trace and none of a library's own vocabulary
 * (Jackson's {@code StreamReadFeature}, Java's {@code class java.time.LocalDate}). Run on the
 * 20-patient population, so that a command would otherwise get as far as printing.
 */
class UserErrorsTest {
  @TempDir static Path dir;
  private static Path warehouse;

  record Run(int code, String out, String err) {}

  static Run medmine(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void population() {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    warehouse = dir.resolve("w.duckdb");
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of(
            List.of("segment", "--method", "dbscan", "--eps", "-1"),
            "--eps must be a positive radius"),
        Arguments.of(List.of("spc", "--baseline", "0"), "--baseline must be at least 2 periods"),
        Arguments.of(List.of("spc", "--chart", "z"), "--chart must be p, u or xmr, not 'z'"),
        Arguments.of(List.of("fraud", "--top", "-5"), "--top must be at least 1 provider"),
        Arguments.of(List.of("rules", "--top", "-5"), "--top must be at least 1 rule"),
        Arguments.of(List.of("risk", "--k", "0"), "--k must be at least 2"),
        Arguments.of(
            List.of("audit", "verify", "--expect-head", "junk"),
            "--expect-head must be a head hash"),
        Arguments.of(
            List.of("spc", "--from", "2020-13-01"),
            "'2020-13-01' is not a date: give it as YYYY-MM-DD"),
        Arguments.of(
            List.of("surveil", "--to", "2020-02-30"),
            "'2020-02-30' is not a date: give it as YYYY-MM-DD"),
        Arguments.of(
            List.of("scan", "--statistic", "bernoulli"),
            "--statistic must be permutation or poisson, not 'bernoulli'."),
        Arguments.of(List.of("scan", "--region", "state"), "--region must be zip3 or county"),
        Arguments.of(List.of("scan", "--replicates", "0"), "--replicates must be at least 1"),
        Arguments.of(
            List.of("scan", "--max-population-fraction", "1.5"),
            "--max-population-fraction must be above 0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void aBadOptionIsOneSentenceExitTwoAndNoOutput(List<String> args, String sentence) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of("-w", warehouse.toString()));
    assertUserError(medmine(all.toArray(String[]::new)), sentence);
  }

  @Test
  void scrubOfABinaryFileWritesNothing() throws IOException {
    byte[] bytes = new byte[4096];
    new Random(7).nextBytes(bytes);
    Path binary = Files.write(dir.resolve("image.dat"), bytes);
    Path note =
        Files.writeString(dir.resolve("note.txt"), "Seen by Dr. Alice Smith on 2020-01-02.");
    Path out = dir.resolve("scrubbed");
    assertUserError(
        medmine("scrub", "--out", out.toString(), note.toString(), binary.toString()),
        "is not UTF-8 text");
    assertThat(out).as("nothing written, not even for the good file before it").doesNotExist();
    Path zeros = Files.write(dir.resolve("zeros.bin"), new byte[64]);
    assertUserError(
        medmine("scrub", "--out", out.toString(), zeros.toString()), "is a binary file, not text");
  }

  @Test
  void malformedConsentJsonIsAUserErrorAndStoresNoConsentOfTheRun()
      throws IOException, SQLException {
    Path optOut = Files.writeString(dir.resolve("opt-out.txt"), "someone\n");
    Path broken = Files.writeString(dir.resolve("consent.json"), "{\"resourceType\":\"Consent\",");
    Path w = dir.resolve("consent.duckdb");
    SmallWarehouse.copy(dir, "consent.duckdb").close();
    Run r =
        medmine(
            "consent",
            "-w",
            w.toString(),
            "--opt-out",
            optOut.toString(),
            "--fhir",
            broken.toString());
    assertUserError(r, "is not valid JSON (Unexpected end-of-input");
    try (Warehouse wh = Warehouse.openExisting(w, true);
        var rs = wh.connection().createStatement().executeQuery("SELECT count(*) FROM consent")) {
      rs.next();
      assertThat(rs.getLong(1))
          .as("the opt-out list read before the broken file is rolled back")
          .isZero();
    }
  }

  @Test
  void aMalformedStudyFileNamesTheFaultInTheUsersTerms() throws IOException {
    Path study =
        Files.writeString(
            dir.resolve("study.json"), "{\"name\": \"x\",\n \"target\": {\"minAge\": \"old\"}}");
    Run r =
        medmine(
            "study",
            "run",
            study.toString(),
            "-w",
            warehouse.toString(),
            "--out",
            dir.resolve("s").toString());
    assertUserError(r, "is not a valid study definition (");
    Path cut = Files.writeString(dir.resolve("cut.json"), "{\"name\": ");
    assertUserError(medmine("study", "run", cut.toString(), "-w", warehouse.toString()), "(line ");
  }

  @Test
  void listeningOnAPortInUseOrNotAPortIsOneSentence() throws IOException {
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Path w = dir.resolve("listen.duckdb");
      assertUserError(
          medmine("listen", "-w", w.toString(), "--port", String.valueOf(taken.getLocalPort())),
          "choose a free port with --port");
      assertUserError(
          medmine("listen", "-w", w.toString(), "--port", "70000"),
          "is not a TCP port: give 0 to 65535");
    }
  }

  static void assertUserError(Run r, String sentence) {
    assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(2);
    assertThat(r.out()).as("nothing printed before the error").isEmpty();
    String first = r.err().lines().findFirst().orElse("");
    assertThat(first).startsWith("medmine: ").contains(sentence);
    assertThat(r.err().lines().filter(l -> !l.startsWith("Run 'medmine")).count())
        .as("one sentence: %s", r.err())
        .isEqualTo(1);
    assertThat(r.err())
        .doesNotContain(
            "Exception",
            "\tat ",
            "StreamReadFeature",
            "class java.",
            "class org.",
            "internal error");
  }
}
