package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The switches of the process {@code medmine} runs in reach core, which reads none itself ({@link
 * ProcessSettings} reads them and passes them in): the user's {@code -Dmedmine.csv.native} (README,
 * "ingest") and the crash tests' {@code -Dmedmine.test.pause}, on the packaged command as {@code
 * ./medmine} runs it.
 */
class ProcessSettingsIT {
  @TempDir Path dir;

  /**
   * A Synthea CSV export whose observations.csv ends in a quote never closed, which only the Java
   * reader reads.
   */
  private Path exportWithAnUnterminatedQuote() throws IOException {
    Path csv = Files.createDirectories(dir.resolve("csv"));
    Files.writeString(
        csv.resolve("patients.csv"),
        """
        Id,BIRTHDATE,DEATHDATE,SSN,DRIVERS,PASSPORT,PREFIX,FIRST,MIDDLE,LAST,SUFFIX,MAIDEN,MARITAL,RACE,ETHNICITY,\
        GENDER,BIRTHPLACE,ADDRESS,CITY,STATE,COUNTY,FIPS,ZIP,LAT,LON,HEALTHCARE_EXPENSES,HEALTHCARE_COVERAGE,INCOME
        p1,1970-05-04,,999-11-2222,,,Ms.,Ann1,,Lee2,,,M,asian,nonhispanic,F,Boston  Massachusetts  US,1 Main St,\
        Boston,Massachusetts,Suffolk County,25025,02110,42.3,-71.0,0,12.5,50000
        """);
    Files.writeString(
        csv.resolve("observations.csv"),
        """
        DATE,PATIENT,ENCOUNTER,CATEGORY,CODE,DESCRIPTION,VALUE,UNITS,TYPE
        2020-01-02T10:00:00Z,p1,,vital-signs,8302-2,Body Height,162.7,cm,numeric
        2020-01-02T10:00:00Z,p1,,survey,93031-3,Need,"never closed,,text
        """);
    return csv;
  }

  @Test
  void theCsvSwitchChoosesTheReader() throws IOException {
    Path csv = exportWithAnUnterminatedQuote();
    PackagedCli.Result byDefault =
        PackagedCli.in(dir)
            .run(
                "ingest",
                "--no-progress",
                "--format",
                "json",
                "-w",
                dir.resolve("default.duckdb").toString(),
                csv.toString());
    assertThat(byDefault.code()).as(byDefault.err()).isZero();
    assertThat(byDefault.json().get("quarantined").asLong())
        .as("the Java reader quarantined the open quote")
        .isOne();

    PackagedCli.Result javaReader =
        PackagedCli.in(dir)
            .withJvmOption("-Dmedmine.csv.native=false")
            .run(
                "ingest",
                "--no-progress",
                "--format",
                "json",
                "-w",
                dir.resolve("java.duckdb").toString(),
                csv.toString());
    assertThat(javaReader.code()).as(javaReader.err()).isZero();
    assertThat(javaReader.json().get("stored")).isEqualTo(byDefault.json().get("stored"));

    PackagedCli.Result strict =
        PackagedCli.in(dir)
            .withJvmOption("-Dmedmine.csv.native=strict")
            .run(
                "ingest",
                "--no-progress",
                "-w",
                dir.resolve("strict.duckdb").toString(),
                csv.toString());
    assertThat(strict.code())
        .as("DuckDB alone refuses the open quote: %s", strict.err())
        .isEqualTo(1);
    assertThat(strict.out()).isEmpty();
  }

  @Test
  void thePauseSwitchAnnouncesEachPointOfTheRun() throws IOException {
    Path bundle = dir.resolve("bundle.json");
    Files.writeString(
        bundle,
        """
        {"resourceType":"Bundle","type":"collection","entry":[
          {"resource":{"resourceType":"Patient","id":"p1","gender":"female","birthDate":"1970-05-04"}}]}""");
    PackagedCli.Result r =
        PackagedCli.in(dir)
            .withJvmOption("-Dmedmine.test.pause=announce")
            .run(
                "ingest",
                "--no-progress",
                "-w",
                dir.resolve("w.duckdb").toString(),
                bundle.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err().lines().toList())
        .containsSubsequence(
            "medmine: reached file-0",
            "medmine: reached merge",
            "medmine: reached commit",
            "medmine: reached committed");
    PackagedCli.Result quiet =
        PackagedCli.in(dir)
            .run(
                "ingest",
                "--no-progress",
                "-w",
                dir.resolve("quiet.duckdb").toString(),
                bundle.toString());
    assertThat(quiet.err()).doesNotContain("medmine: reached");
  }
}
