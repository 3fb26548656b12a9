package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmine.cli.CliTest.medmine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.cli.CliTest.Run;

/**
 * {@code medmine ingest} of a Synthea CSV folder: told by its patients.csv, or named with
 * --input-format.
 */
class IngestSyntheaCsvCliTest {
  @TempDir Path dir;

  private Path export() throws IOException {
    Path csv = dir.resolve("csv");
    Files.createDirectories(csv);
    Files.writeString(
        csv.resolve("patients.csv"),
        """
        Id,BIRTHDATE,DEATHDATE,RACE,ETHNICITY,GENDER
        p1,1970-05-04,,white,hispanic,F
        """);
    Files.writeString(
        csv.resolve("encounters.csv"),
        """
        Id,START,STOP,PATIENT,ENCOUNTERCLASS,CODE,DESCRIPTION
        e1,2020-01-02T10:00:00Z,2020-01-02T11:00:00Z,p1,wellness,162673000,General examination
        e2,not-a-time,,p1,wellness,162673000,General examination
        """);
    return csv;
  }

  @Test
  void aFolderWithPatientsCsvIsReadAsSyntheaCsv() throws IOException {
    Path w = dir.resolve("w.duckdb");
    Run table = medmine("ingest", "--no-progress", "-w", w.toString(), export().toString());
    assertThat(table.code()).as(table.err()).isZero();
    assertThat(table.out()).contains("Ingested synthea_csv", "records read", "quarantined");
    Run json =
        medmine(
            "ingest",
            "--input-format",
            "synthea-csv",
            "--format",
            "json",
            "-w",
            w.toString(),
            export().toString());
    assertThat(json.code()).as(json.err()).isZero();
    JsonNode n = new ObjectMapper().readTree(json.out());
    assertThat(n.get("format").asText()).isEqualTo("SYNTHEA_CSV");
    assertThat(n.get("read").asLong()).isEqualTo(3);
    assertThat(n.get("stored").asLong()).isEqualTo(2);
    assertThat(n.get("quarantined").asLong()).isEqualTo(1);
  }

  @Test
  void aFolderWithoutPatientsCsvNamedAsSyntheaCsvIsAUserError() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    Run r =
        medmine(
            "ingest",
            "--input-format",
            "synthea-csv",
            "-w",
            dir.resolve("w.duckdb").toString(),
            dir.resolve("empty").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("is not a Synthea CSV export (no patients.csv)")
        .doesNotContain("\tat ");
  }
}
