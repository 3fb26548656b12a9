package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code medmine pgx} as a user runs it: a VCF, an outside CYP2D6 call, a patient to store for. */
class PgxCommandTest {
  @TempDir Path dir;

  /** CYP2C19 *2/*2 (rs12769205, rs4244285, rs3758581 homozygous), one malformed line. */
  private Path vcf() throws Exception {
    return Files.writeString(
        dir.resolve("s.vcf"),
        "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n"
            + "chr10\t94775367\trs12769205\tA\tG\t.\tPASS\t.\tGT\t1/1\n"
            + "chr10\t94781859\trs4244285\tG\tA\t.\tPASS\t.\tGT\t1/1\n"
            + "chr10\t94842866\trs3758581\tA\tG\t.\tPASS\t.\tGT\t1|1\n"
            + "chr10\t94842866x\t.\tA\tG\t.\tPASS\t.\tGT\t1/1\n");
  }

  @Test
  void printsDiplotypesPhenotypesAndRecommendationsAsJson() throws Exception {
    CliTest.Run r =
        CliTest.medmine(
            "pgx",
            vcf().toString(),
            "--cyp2d6",
            "*4/*4",
            "--format",
            "json",
            "-w",
            dir.resolve("absent.duckdb").toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    JsonNode cyp2c19 = null;
    for (JsonNode g : doc.get("genes")) {
      cyp2c19 = g.get("gene").asText().equals("CYP2C19") ? g : cyp2c19;
    }
    assertThat(cyp2c19.get("diplotypes").get(0).asText()).isEqualTo("*2/*2");
    assertThat(cyp2c19.get("phenotype").asText()).isEqualTo("Poor Metabolizer");
    assertThat(cyp2c19.get("partiallyMatched").get(0).asText()).isEqualTo("*2");
    assertThat(doc.get("vcf").get("refusedLines").get(0).get("line").asInt()).isEqualTo(6);
    assertThat(r.out())
        .contains("\"drug\" : \"clopidogrel\"", "\"pmid\" : \"35034351\"")
        .contains("\"drug\" : \"codeine\"", "Avoid codeine");
    assertThat(Files.exists(dir.resolve("absent.duckdb")))
        .as("without --patient the warehouse is not touched")
        .isFalse();
  }

  @Test
  void storesForAPatientAndRefusesMistakesInOneSentence() throws Exception {
    Path w = dir.resolve("w.duckdb");
    Path bundle =
        Files.writeString(
            dir.resolve("p.json"),
            "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
                + "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"gender\":\"female\"}}]}");
    assertThat(
            CliTest.medmine("ingest", bundle.toString(), "-w", w.toString(), "--no-progress")
                .code())
        .isZero();
    CliTest.Run stored =
        CliTest.medmine("pgx", vcf().toString(), "--patient", "p1", "-w", w.toString());
    assertThat(stored.code()).as(stored.err()).isZero();
    assertThat(stored.out()).contains("Stored 4 observation rows for patient p1 (source default)");
    CliTest.Run badAllele =
        CliTest.medmine("pgx", vcf().toString(), "--cyp2d6", "*1/*x", "-w", w.toString());
    assertThat(badAllele.code()).isEqualTo(2);
    assertThat(badAllele.out()).isEmpty();
    assertThat(badAllele.err().strip())
        .startsWith("medmine: --cyp2d6 '*1/*x' is not")
        .doesNotContain("\n");
    CliTest.Run noFile =
        CliTest.medmine("pgx", dir.resolve("none.vcf").toString(), "-w", w.toString());
    assertThat(noFile.code()).isEqualTo(2);
    assertThat(noFile.err()).contains("There is no VCF file");
    CliTest.Run noPatient =
        CliTest.medmine("pgx", vcf().toString(), "--patient", "p9", "-w", w.toString());
    assertThat(noPatient.code()).isEqualTo(2);
    assertThat(noPatient.err()).contains("Patient p9 is not in the warehouse");
  }
}
