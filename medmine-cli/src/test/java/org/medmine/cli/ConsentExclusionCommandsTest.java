package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.testing.SmallWarehouse;
import picocli.CommandLine;

/**
 * The proof that consent is honoured by every mining command: on one copy of the shared small
 * warehouse a patient (with encounters, conditions and claims) denies secondary use; on a second
 * copy that patient's rows are physically deleted from every table. Every mining or reporting
 * command runs on both with JSON and file outputs; on the consent copy the patient's id, names and
 * identifiers appear in no output, and each command's output (stdout, stderr, exit code and every
 * file written) equals its output on the deleted copy, after only run times, file locations and the
 * consent-exclusion count are normalised. Each command also leaves exactly one audit entry naming
 * it, the tables it could read, their rows and the consent exclusion. A new command must be listed
 * here or named as not mining, or {@link #everyCommandIsListedAsMiningOrNamedAsNot} fails.
 */
class ConsentExclusionCommandsTest {
  @TempDir static Path dir;

  /** Commands that do not mine or report patient data from a warehouse, and so are not run here. */
  static final Set<String> NOT_MINING =
      Set.of(
          "ingest",
          "import",
          "listen", // write the warehouse
          "export",
          "deid",
          "deid verify",
          "synthesize", // writes a new warehouse learned from the consent-filtered one (its split
          // depends on no other patient: SynthesisAppTest proves a denying patient is left out)
          "encrypt",
          "decrypt", // copy or protect data whole (audited, not mined)
          "scrub", // text files, no warehouse
          "consent",
          "audit",
          "audit verify", // governance
          "link merge",
          "link unmerge", // a reviewer's decision on two named records (audited; through the access
          // layer)
          "serve", // runs the apps per HTTP request until stopped: medmine-server's EndpointsTest
          // proves consent per endpoint
          "study",
          "federate", // splits the warehouse into site warehouses through the access layer's
          // consent-filtered connection (SiteSplitter), so a denying patient reaches no site; the
          // shipped studies have too few outcomes on this test's population to train
          "pgx", // one VCF file; with --patient it writes that patient's results (the patient is
          // looked up through the access layer, so a denying patient is not found)
          "learn", // a table file the user gives, no warehouse (as are 'rules --data' and
          // 'segment --data', whose warehouse forms are mined below)
          "view",
          "view run", // SQL-on-FHIR views over FHIR files the user gives, no warehouse
          "cohort", // only lists its subcommands, which are mined below
          "cds", // decision support for the one patient a request names; its warehouse reads go
          // through the access layer, so a denying patient's medications are not seen
          // (CdsCommandTest)
          "help"); // print usage only

  /** Every mining command: its name and its arguments given a warehouse and an output folder. */
  static final Map<String, BiFunction<Path, Path, List<String>>> MINING = new LinkedHashMap<>();

  static {
    MINING.put("stats", (w, o) -> List.of("stats", "-w", w.toString(), "--format", "json"));
    MINING.put(
        "ask",
        (w, o) ->
            List.of("ask", "how many patients by city", "-w", w.toString(), "--format", "json"));
    MINING.put(
        "report",
        (w, o) ->
            List.of(
                "report",
                "-w",
                w.toString(),
                "--quality",
                "--plaintext",
                "--out",
                o.resolve("report.html").toString()));
    MINING.put(
        "quality",
        (w, o) ->
            List.of(
                "quality",
                "-w",
                w.toString(),
                "--format",
                "json",
                "--plaintext",
                "--html",
                o.resolve("quality.html").toString()));
    MINING.put("link", (w, o) -> List.of("link", "-w", w.toString(), "--format", "json"));
    MINING.put(
        "nlp", (w, o) -> List.of("nlp", "-w", w.toString(), "--format", "json", "--threads", "2"));
    // Runs after 'link', whose model it uses; the probe is another patient of the population (see
    // twoCopies).
    MINING.put(
        "link match",
        (w, o) ->
            List.of(
                "link",
                "match",
                "--fhir",
                dir.resolve("probe.json").toString(),
                "-w",
                w.toString(),
                "--format",
                "json",
                "--limit",
                "50"));
    MINING.put(
        "surveil",
        (w, o) ->
            List.of(
                "surveil",
                "-w",
                w.toString(),
                "--format",
                "json",
                "--out",
                o.resolve("surveil.json").toString(),
                "--html",
                o.resolve("surveil.html").toString()));
    MINING.put(
        "scan",
        (w, o) ->
            List.of(
                "scan",
                "-w",
                w.toString(),
                "--format",
                "json",
                "--retrospective",
                "--replicates",
                "99",
                "--out",
                o.resolve("scan.json").toString(),
                "--html",
                o.resolve("scan.html").toString()));
    MINING.put(
        "forecast",
        (w, o) ->
            List.of(
                "forecast",
                "-w",
                w.toString(),
                "--format",
                "json",
                "--origins",
                "8",
                "--out",
                o.resolve("forecast.json").toString()));
    MINING.put(
        "census",
        (w, o) ->
            List.of(
                "census",
                "-w",
                w.toString(),
                "--format",
                "json",
                "--as-of",
                "2020-01-01T00:00",
                "--names"));
    MINING.put(
        "spc",
        (w, o) ->
            List.of(
                "spc",
                "-w",
                w.toString(),
                "--format",
                "json",
                "--out",
                o.resolve("spc.json").toString(),
                "--html",
                o.resolve("spc.html").toString()));
    MINING.put(
        "rules",
        (w, o) ->
            List.of(
                "rules",
                "-w",
                w.toString(),
                "--format",
                "json",
                "--min-support",
                "0.2",
                "--report",
                o.resolve("rules.html").toString()));
    MINING.put(
        "fraud",
        (w, o) ->
            List.of(
                "fraud",
                "-w",
                w.toString(),
                "--format",
                "json",
                "--min-claims",
                "1",
                "--report",
                o.resolve("fraud.html").toString(),
                "--plaintext"));
    MINING.put(
        "segment",
        (w, o) ->
            List.of(
                "segment",
                "-w",
                w.toString(),
                "--format",
                "json",
                "--report",
                o.resolve("segment.html").toString()));
    MINING.put(
        "risk", (w, o) -> List.of("risk", "-w", w.toString(), "--format", "json", "--generalize"));
    MINING.put(
        "study run",
        (w, o) ->
            List.of(
                "study",
                "run",
                dir.resolve("readmission-365d.json").toString(),
                "-w",
                w.toString(),
                "--format",
                "json",
                "--out",
                o.toString()));
    // Runs after 'study run' in the same folder: scores with the model that run saved.
    MINING.put(
        "predict",
        (w, o) ->
            List.of(
                "predict",
                "-w",
                w.toString(),
                "--format",
                "json",
                "--top",
                "0",
                "--out",
                o.resolve("risk.csv").toString(),
                "--plaintext",
                "--model",
                o.getParent()
                    .resolve("study run")
                    .resolve("readmission-365d-model.json")
                    .toString()));
    // Every patient with a coded encounter enters the cohort, the denying patient too unless
    // consent
    // keeps them out: the attrition counts, the table 1 and the list would then differ.
    MINING.put(
        "cohort build",
        (w, o) ->
            List.of(
                "cohort",
                "build",
                dir.resolve("any-visit.json").toString(),
                "-w",
                w.toString(),
                "--format",
                "json"));
    // Runs after 'cohort build', whose cohort it describes.
    MINING.put(
        "characterize",
        (w, o) ->
            List.of(
                "characterize", "--cohort", "any-visit", "-w", w.toString(), "--format", "json"));
    MINING.put(
        "cohort prescreen",
        (w, o) ->
            List.of(
                "cohort",
                "prescreen",
                dir.resolve("any-visit.json").toString(),
                "-w",
                w.toString(),
                "--format",
                "json"));
    // The demo's steps after its ingest (the demo itself would ingest a population into the
    // warehouse again).
    MINING.put("demo", null);
  }

  static Path consentCopy;
  static Path deletedCopy;
  static List<String> identifiers = new ArrayList<>();
  static String patientId;

  @BeforeAll
  static void twoCopies() throws Exception {
    Files.createDirectories(dir.resolve("consent"));
    Files.writeString(dir.resolve("readmission-365d.json"), PredictionCommandsTest.widened());
    Files.writeString(
        dir.resolve("any-visit.json"),
        "{\"name\": \"any-visit\", \"entry\": {\"domain\": \"encounter\","
            + " \"prefixes\": [\"1\", \"2\", \"3\", \"4\", \"5\", \"6\", \"7\", \"8\", \"9\"]}}");
    Files.createDirectories(dir.resolve("deleted"));
    SmallWarehouse.copy(dir.resolve("consent"), "w.duckdb").close();
    SmallWarehouse.copy(dir.resolve("deleted"), "w.duckdb").close();
    consentCopy = dir.resolve("consent").resolve("w.duckdb");
    deletedCopy = dir.resolve("deleted").resolve("w.duckdb");
    String source;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + deletedCopy.toAbsolutePath());
        Statement s = c.createStatement()) {
      // The runner-up in inpatient stays: the first holds nearly all of this small population's
      // readmissions, and
      // without them the readmission study has no outcome to learn from (it runs widened, as in
      // PredictionCommandsTest:
      // the shipped 30-day study, planned admissions left out, has no outcome at all in 20
      // patients).
      try (ResultSet rs =
          s.executeQuery(
              "SELECT p.source, p.id, p.given_name, p.family_name, p.maiden_name, p.ssn, p.drivers_license,"
                  + " p.passport, p.mrn, p.phone, p.email, p.address_line FROM patient p"
                  + " WHERE EXISTS (SELECT 1 FROM condition x WHERE x.source = p.source AND x.patient_id = p.id)"
                  + " AND EXISTS (SELECT 1 FROM claim x WHERE x.source = p.source AND x.patient_id = p.id)"
                  + " ORDER BY (SELECT count(*) FROM encounter e WHERE e.source = p.source AND e.patient_id = p.id AND e.class_code = 'IMP') DESC,"
                  + " (SELECT count(*) FROM encounter e WHERE e.source = p.source AND e.patient_id = p.id) DESC, p.id LIMIT 1 OFFSET 1")) {
        assertThat(rs.next()).as("a patient with conditions and claims").isTrue();
        source = rs.getString(1);
        patientId = rs.getString(2);
        for (int i = 2; i <= 12; i++) {
          if (rs.getString(i) != null && rs.getString(i).length() >= 4) {
            identifiers.add(rs.getString(i));
          }
        }
      }
      List<String[]> columns = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT table_name, column_name FROM duckdb_columns() WHERE schema_name = 'main'"
                  + " AND column_name IN ('patient_id', 'patient_id_a', 'patient_id_b')")) {
        while (rs.next()) {
          columns.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      columns.add(new String[] {"patient", "id"});
      long deleted = 0;
      for (String[] tc : columns) {
        String src = tc[1].equals("id") ? "source" : tc[1].replace("patient_id", "source");
        try (PreparedStatement p =
            c.prepareStatement(
                "DELETE FROM " + tc[0] + " WHERE " + src + " = ? AND " + tc[1] + " = ?")) {
          p.setString(1, source);
          p.setString(2, patientId);
          deleted += p.executeUpdate();
        }
      }
      assertThat(deleted).as("rows of the patient deleted").isGreaterThan(100);
      try (ResultSet rs =
          s.executeQuery(
              "SELECT given_name, family_name, birth_date, sex FROM patient ORDER BY id LIMIT 1")) {
        assertThat(rs.next()).isTrue();
        Files.writeString(
            dir.resolve("probe.json"),
            ("{\"resourceType\":\"Patient\",\"id\":\"probe\",\"gender\":\"%s\","
                    + "\"birthDate\":\"%s\",\"name\":[{\"family\":\"%s\",\"given\":[\"%s\"]}]}")
                .formatted(rs.getString(4), rs.getString(3), rs.getString(2), rs.getString(1)));
      }
    }
    assertThat(identifiers).as("id, names and identifiers of the patient").hasSizeGreaterThan(5);
    // Before consent is recorded the patient is visible in mining output: the absence checks below
    // can fail.
    CliTest.Run before =
        CliTest.medmine("segment", "-w", consentCopy.toString(), "--format", "json");
    assertThat(before.out()).contains(patientId);
    Path optOut = dir.resolve("opt-out.txt");
    Files.writeString(optOut, "# denies secondary use\n" + patientId + "\n");
    CliTest.Run consent =
        CliTest.medmine(
            "consent",
            "-w",
            consentCopy.toString(),
            "--opt-out",
            optOut.toString(),
            "--source",
            source);
    assertThat(consent.code()).as(consent.err()).isZero();
  }

  @Test
  void everyMiningCommandLeavesOutTheDenyingPatientExactlyAsIfTheirRowsWereDeleted() {
    Map<String, String> differences = new LinkedHashMap<>();
    for (String command : MINING.keySet()) {
      List<String[]> auditBefore = audit(consentCopy);
      String withConsent = run(command, consentCopy);
      if (!command.equals(
          "demo")) { // the demo's steps are called directly here, not through the command line
        List<String[]> added =
            audit(consentCopy).subList(auditBefore.size(), audit(consentCopy).size());
        assertThat(added).as(command + " leaves one audit entry").hasSize(1);
        assertThat(added.get(0)[0]).as("action").isEqualTo(command);
        assertThat(added.get(0)[1]).as(command + ": tables read").contains("patient", "encounter");
        assertThat(Long.parseLong(added.get(0)[2])).as(command + ": rows").isPositive();
        assertThat(added.get(0)[3])
            .as(command + ": detail")
            .contains("consent-excluded=1", "identified=true");
      }
      String withoutRows = run(command, deletedCopy);
      for (String id : identifiers) {
        assertThat(withConsent)
            .as(command + " output names the denying patient")
            .doesNotContain(id);
      }
      String difference = firstDifference(withConsent, withoutRows);
      if (difference != null) {
        differences.put(command, difference);
      }
      assertThat(withConsent).as(command + " produced output").hasSizeGreaterThan(200);
    }
    assertThat(differences)
        .as("commands whose output differs from the run on the copy without the patient")
        .isEmpty();
  }

  /** The audit log entries of {@code warehouse}: action, tables, rows, detail. */
  static List<String[]> audit(Path warehouse) {
    List<String[]> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT action, tables, row_count, detail FROM audit_log ORDER BY seq")) {
      while (rs.next()) {
        out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  @Test
  void everyCommandIsListedAsMiningOrNamedAsNot() {
    Set<String> all = new TreeSet<>();
    collect(Main.commandLine(), all);
    Set<String> unlisted = new TreeSet<>(all);
    unlisted.removeAll(MINING.keySet());
    unlisted.removeAll(NOT_MINING);
    assertThat(unlisted)
        .as("commands neither proven to honour consent nor named as not mining")
        .isEmpty();
    assertThat(all).containsAll(MINING.keySet()).containsAll(NOT_MINING);
  }

  private static void collect(CommandLine cli, Set<String> out) {
    for (CommandLine sub : cli.getSubcommands().values()) {
      out.add(sub.getCommandSpec().qualifiedName().replaceFirst("^medmine ", ""));
      collect(sub, out);
    }
  }

  /**
   * Runs {@code command} on {@code warehouse}; returns exit code, stdout, stderr and the files
   * written, normalised.
   */
  private static String run(String command, Path warehouse) {
    Path home = warehouse.getParent();
    Path out = home.resolve(command);
    StringBuilder all = new StringBuilder();
    try {
      Files.createDirectories(out);
      if (command.equals("demo")) {
        StringWriter console = new StringWriter();
        CommandLine demo = Main.commandLine().getSubcommands().get("demo");
        demo.setOut(new PrintWriter(console, true));
        org.medmine.demo.DemoSteps.afterIngest(
            DemoCommand.host(demo.getCommandSpec()), warehouse, out);
        all.append(console);
      } else {
        CliTest.Run r =
            CliTest.medmine(MINING.get(command).apply(warehouse, out).toArray(String[]::new));
        assertThat(r.code())
            .as(command + ": " + r.err())
            .isIn(ExitCodes.OK, ExitCodes.NEGATIVE_VERDICT);
        all.append("exit ")
            .append(r.code())
            .append("\n")
            .append(r.out())
            .append("\n--- stderr\n")
            .append(r.err());
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(out)) {
        files =
            walk.filter(Files::isRegularFile)
                .filter(f -> !f.toString().endsWith(".duckdb"))
                .sorted()
                .toList();
      }
      for (Path f : files) {
        all.append("\n--- file ")
            .append(out.relativize(f))
            .append("\n")
            .append(Files.readString(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = normalise(all.toString(), home);
    if (command.equals("demo")) {
      // The demo's privacy step de-identifies the WHOLE warehouse ('deid' is not a mining command:
      // it copies every
      // patient, de-identified): its counts of PHI replaced in notes include the denying patient's
      // notes. Only
      // those counts are set aside; identifiers are still checked in them.
      text =
          text.replaceAll(
                  "PHI replaced in notes: \\{[^}]*\\}",
                  "PHI replaced in notes: <counts of the whole warehouse>")
              .replaceAll(
                  "<tr><th>PHI type</th><th>replaced in free text</th></tr>(<tr><td>[A-Z_]+</td><td>\\d+</td></tr>)*",
                  "<counts of the whole warehouse>");
    }
    return text;
  }

  /**
   * Drops what differs between two runs of the same command for reasons other than data: paths,
   * times, hashes.
   */
  static String normalise(String s, Path home) {
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    return s.replace(home.toAbsolutePath().toString(), "<HOME>")
        .replace(home.toString(), "<HOME>")
        .replaceAll(today + "[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z?", "<NOW>")
        .replaceAll("\"seconds\" ?: ?[0-9.eE-]+", "\"seconds\":<S>")
        .replaceAll("\"(notesPerSecond|megabytesPerSecond)\" ?: ?[0-9.eE-]+", "\"$1\":<R>")
        .replaceAll(
            "nlp: [0-9.]+ s on (\\d+ threads?) = [0-9,]+ notes/s, [0-9.]+ MB/s",
            "nlp: <S> s on $1 = <R> notes/s, <R> MB/s")
        .replaceAll("(?s)(Throughput of this run[^<]*</p>\\s*<table>).*?(</table>)", "$1<R>$2")
        .replaceAll("[0-9a-f]{64}", "<SHA256>")
        .replaceAll("\"excludedByConsent\" ?: ?\\d+", "\"excludedByConsent\":<N>")
        .replaceAll(
            "patients excluded by consent</td><td class=\"num\">\\d+",
            "patients excluded by consent</td><td>N")
        .replaceAll("in [0-9.]+ s\\b", "in <S> s");
  }

  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("-?\\d+\\.\\d+(E-?\\d+)?");

  /**
   * Whether two output lines are the same, decimals equal to a relative 1e-9: rows reach a job in
   * another physical order from a view than from a table with rows deleted, and floating-point sums
   * taken in another order differ in the last bits (a fraud z-score of 4.675669818100762 vs
   * ...778).
   */
  static boolean sameLine(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (!DECIMAL.matcher(a).replaceAll("#").equals(DECIMAL.matcher(b).replaceAll("#"))) {
      return false;
    }
    java.util.regex.Matcher x = DECIMAL.matcher(a);
    java.util.regex.Matcher y = DECIMAL.matcher(b);
    while (x.find() && y.find()) {
      double u = Double.parseDouble(x.group());
      double v = Double.parseDouble(y.group());
      if (Math.abs(u - v) > 1e-9 * Math.max(1, Math.max(Math.abs(u), Math.abs(v)))) {
        return false;
      }
    }
    return true;
  }

  private static String firstDifference(String a, String b) {
    List<String> x = a.lines().toList();
    List<String> y = b.lines().toList();
    for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
      String l = i < x.size() ? x.get(i) : "<end>";
      String r = i < y.size() ? y.get(i) : "<end>";
      if (!sameLine(l, r)) {
        return "line "
            + (i + 1)
            + ": consent copy ["
            + clip(l)
            + "] vs deleted copy ["
            + clip(r)
            + "]";
      }
    }
    return null;
  }

  private static String clip(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
