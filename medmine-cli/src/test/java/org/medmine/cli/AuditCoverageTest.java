package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that reads identified data, de-identifies or exports leaves exactly one entry in
 * the audit log of the warehouse it read (written by the command's {@link
 * org.medmine.context.AnalysisContext} as it closes), the chain verifies, and tampering with an
 * entry is still detected. The mining commands are covered the same way by {@link
 * ConsentExclusionCommandsTest}.
 */
class AuditCoverageTest {
  @TempDir Path dir;

  @Test
  void deidVerifyExportEncryptConsentAndAMiningCommandEachAppendOneVerifiedEntry()
      throws Exception {
    Path bundle = dir.resolve("bundle.json");
    Files.writeString(
        bundle,
        """
        {"resourceType":"Bundle","type":"collection","entry":[
          {"resource":{"resourceType":"Patient","id":"p1","gender":"female","birthDate":"1970-05-04","name":[{"family":"Okafor"}]}},
          {"resource":{"resourceType":"Encounter","id":"e1","subject":{"reference":"Patient/p1"},"class":{"code":"AMB"},
            "period":{"start":"2021-03-04T10:00:00Z","end":"2021-03-04T11:00:00Z"}}}
        ]}""");
    Path w = dir.resolve("w.duckdb");
    assertThat(CliTest.medmine("ingest", "-w", w.toString(), bundle.toString()).code()).isZero();
    assertThat(ConsentExclusionCommandsTest.audit(w)).as("ingest writes no audit entry").isEmpty();
    Path key = dir.resolve("key");
    Files.writeString(key, "a-long-enough-test-secret-0123456789");
    Path deid = dir.resolve("deid.duckdb");
    Path optOut = dir.resolve("opt-out.txt");
    Files.writeString(optOut, "p-unknown\n");
    Path plain = dir.resolve("plain.txt");
    Files.writeString(plain, "an identified export");
    List<List<String>> runs =
        List.of(
            List.of(
                "deid", "-w", w.toString(), "--out", deid.toString(), "--key-file", key.toString()),
            List.of("deid", "verify", "-w", deid.toString(), "--against", w.toString()),
            List.of(
                "export",
                "-w",
                w.toString(),
                "--parquet",
                dir.resolve("parquet").toString(),
                "--key-file",
                key.toString()),
            List.of(
                "encrypt",
                plain.toString(),
                "--out",
                dir.resolve("enc.bin").toString(),
                "--key-file",
                key.toString(),
                "--warehouse",
                w.toString()),
            List.of("consent", "-w", w.toString(), "--opt-out", optOut.toString()),
            List.of("stats", "-w", w.toString(), "--format", "json"));
    String[] actions = {"deid", "deid verify", "export", "encrypt", "consent", "stats"};
    for (int i = 0; i < runs.size(); i++) {
      int before = ConsentExclusionCommandsTest.audit(w).size();
      CliTest.Run r = CliTest.medmine(runs.get(i).toArray(String[]::new));
      assertThat(r.code()).as(runs.get(i) + ": " + r.err()).isZero();
      List<String[]> entries = ConsentExclusionCommandsTest.audit(w);
      assertThat(entries).as(actions[i] + " appends one entry").hasSize(before + 1);
      assertThat(entries.get(before)[0]).isEqualTo(actions[i]);
      CliTest.Run verify = CliTest.medmine("audit", "verify", "-w", w.toString());
      assertThat(verify.code()).as(verify.out()).isZero();
      assertThat(verify.out()).startsWith((before + 1) + " audit entries").contains("intact");
    }
    List<String[]> entries = ConsentExclusionCommandsTest.audit(w);
    assertThat(entries.get(0)[1]).as("deid: tables").contains("patient", "encounter");
    assertThat(entries.get(0)[3]).contains("policy=safe-harbor");
    assertThat(entries.get(2)[3]).as("export: where to").contains("parquet");
    assertThat(entries.get(5)[3]).contains("identified=true", "consent-excluded=1");
    assertThat(ConsentExclusionCommandsTest.audit(deid))
        .as("the new warehouse records its making")
        .hasSize(1);

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + w.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute("UPDATE audit_log SET row_count = row_count + 1 WHERE seq = 3");
    }
    CliTest.Run broken = CliTest.medmine("audit", "verify", "-w", w.toString());
    assertThat(broken.code()).isEqualTo(3);
    assertThat(broken.out()).contains("entry 3 was changed");
  }

  @Test
  void aCommandThatFailsAfterReadingIsStillAudited() throws Exception {
    Path w = dir.resolve("w.duckdb");
    Path bundle = dir.resolve("bundle.json");
    Files.writeString(
        bundle,
        """
        {"resourceType":"Bundle","type":"collection","entry":[
          {"resource":{"resourceType":"Patient","id":"p1","gender":"female","birthDate":"1970-05-04"}}]}""");
    assertThat(CliTest.medmine("ingest", "-w", w.toString(), bundle.toString()).code()).isZero();
    CliTest.Run r = CliTest.medmine("forecast", "-w", w.toString());
    assertThat(r.code()).as("no inpatient encounters: a user error").isEqualTo(2);
    assertThat(ConsentExclusionCommandsTest.audit(w)).hasSize(1);
    assertThat(ConsentExclusionCommandsTest.audit(w).get(0)[0]).isEqualTo("forecast");
  }
}
