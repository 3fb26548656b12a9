package org.medmine.apps.pgx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.context.SharedSql;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.genomics.GenePhenotype;
import org.medmine.ingest.genomics.PgxProfile;
import org.medmine.ingest.genomics.PgxRecommendation;
import org.medmine.ingest.genomics.PgxRecommendations;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.model.MedmineUserException;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * The pgx app on the shared Synthea warehouse (real DuckDB): results stored as genotype and
 * phenotype observations of a Synthea patient, idempotently, and read back as a profile; genotype
 * observations that FHIR ingest brought in (Genomics Reporting IG shape) read back as phenotypes
 * that drive recommendations.
 */
class PgxAppIT {
  @TempDir Path dir;

  private String firstPatient(Path warehouse) throws Exception {
    try (Warehouse w = Warehouse.openExisting(warehouse, true);
        Statement s = w.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM patient ORDER BY id LIMIT 1")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private List<String> pgxRows(Path warehouse) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Warehouse w = Warehouse.openExisting(warehouse, true);
        Statement s = w.connection().createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, parent_id, code, value_text, value_code FROM observation"
                    + " WHERE id LIKE 'pgx-%' ORDER BY id")) {
      while (rs.next()) {
        rows.add(
            rs.getString(1)
                + "|"
                + rs.getString(2)
                + "|"
                + rs.getString(3)
                + "|"
                + rs.getString(4)
                + "|"
                + rs.getString(5));
      }
    }
    return rows;
  }

  private Path vcf() throws Exception {
    // CYP2C19 *2/*2 and SLCO1B1 *1/*5, every other defining position absent
    String header =
        "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n";
    String body =
        "chr10\t94775367\trs12769205\tA\tG\t.\tPASS\t.\tGT\t1/1\n"
            + "chr10\t94781859\trs4244285\tG\tA\t.\tPASS\t.\tGT\t1/1\n"
            + "chr10\t94842866\trs3758581\tA\tG\t.\tPASS\t.\tGT\t1/1\n"
            + "chr12\t21178615\trs4149056\tT\tC\t.\tPASS\t.\tGT\t0/1\n"
            + "chr10\t94761900\trs12248560\tC\tT\t.\tPASS\t.\tGT\t0/7\n";
    return Files.writeString(dir.resolve("s1.vcf"), header + body);
  }

  @Test
  void storesObservationsIdempotentlyAndReadsThemBack() throws Exception {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    Path wh = dir.resolve("w.duckdb");
    String patient = firstPatient(wh);
    PgxOptions options = new PgxOptions(vcf(), patient, null, "*1/*4");
    List<String> heard = new ArrayList<>();
    PgxResult first;
    try (AnalysisContext c =
        AnalysisContext.open(
            ContextRequest.of(wh)
                .withResultTables(PgxApp.forOptions(options).writes())
                .withQueries(heard::add))) {
      first = c.run(PgxApp.forOptions(options), options);
    }
    assertThat(first.source()).isEqualTo("synthea");
    assertThat(first.profile().gene("CYP2C19").orElseThrow().diplotype()).isEqualTo("*2/*2");
    assertThat(first.profile().gene("TPMT"))
        .as("no TPMT position in the VCF: not tested")
        .isEmpty();
    assertThat(first.recommendations()).noneMatch(r -> r.drug().equals("mercaptopurine"));
    List<String> once = pgxRows(wh);
    // CYP2C19, SLCO1B1 called from the VCF, CYP2D6 outside: genotype + phenotype, each with a
    // gene component, for each; genes with no position in the VCF are not stored
    assertThat(once).hasSize(first.storedRows()).hasSize(12);
    assertThat(once)
        .contains(
            "pgx-" + patient + "-CYP2C19-genotype|null|84413-4|CYP2C19 *2/*2|null",
            "pgx-" + patient + "-CYP2C19-phenotype|null|53040-2|Poor Metabolizer|LA9657-3",
            "pgx-"
                + patient
                + "-CYP2C19-phenotype#c0|pgx-"
                + patient
                + "-CYP2C19-phenotype|48018-6|CYP2C19|HGNC:2621");
    try (AnalysisContext c =
        AnalysisContext.open(
            ContextRequest.of(wh).withResultTables(PgxApp.forOptions(options).writes()))) {
      c.run(PgxApp.forOptions(options), options);
    }
    assertThat(pgxRows(wh)).as("a second run changes nothing").isEqualTo(once);
    try (Warehouse w = Warehouse.openExisting(wh, true);
        Statement s = w.connection().createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT file, position, reason FROM quarantine WHERE resource_type = 'VCF'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).endsWith("s1.vcf");
      assertThat(rs.getLong(2)).isEqualTo(7);
      assertThat(rs.getString(3)).isEqualTo("GT '0/7' is not a call");
      assertThat(rs.next()).as("quarantined once, though stored twice").isFalse();
    }
    assertThat(heard).allSatisfy(q -> assertThat(SharedSql.violations(q)).as(q).isEmpty());

    try (Warehouse w = Warehouse.openExisting(wh, true)) {
      PgxProfile back = PgxProfile.fromWarehouse(w.connection(), "synthea", patient);
      // SLCO1B1 from rs4149056 alone: the alleles that differ only at the missing positions
      // tie, so the stored result is the open call and its phenotype, read back as stored
      GenePhenotype slco1b1 = first.profile().gene("SLCO1B1").orElseThrow();
      assertThat(slco1b1.diplotype()).startsWith("*1/*5 or ");
      assertThat(back.genes())
          .extracting(GenePhenotype::gene, GenePhenotype::diplotype, GenePhenotype::phenotype)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("CYP2C19", "*2/*2", "Poor Metabolizer"),
              org.assertj.core.groups.Tuple.tuple("CYP2D6", "*1/*4", "Intermediate Metabolizer"),
              org.assertj.core.groups.Tuple.tuple(
                  "SLCO1B1", slco1b1.diplotype(), slco1b1.phenotype()));
      List<PgxRecommendation> r = PgxRecommendations.shipped().forDrug(back, "32968");
      assertThat(r)
          .singleElement()
          .satisfies(x -> assertThat(x.recommendation()).startsWith("Avoid clopidogrel"));
    }
  }

  @Test
  void genotypeObservationsFromFhirIngestReadBackAsPhenotypes() throws Exception {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    Path wh = dir.resolve("w.duckdb");
    String patient = firstPatient(wh);
    String bundle =
        Files.readString(Path.of("src/test/resources/pgx/genotype-observations.json"))
            .replace("PATIENT", patient);
    Path file = Files.writeString(dir.resolve("genotypes.json"), bundle);
    try (Warehouse w = Warehouse.open(wh)) {
      Ingestor.ingest(w, new IngestOptions(List.of(file), "synthea", null), IngestListener.NONE);
      Connection c = w.connection();
      PgxProfile profile = PgxProfile.fromWarehouse(c, "synthea", patient);
      assertThat(profile.gene("CYP2C19").orElseThrow().phenotype())
          .as("from the genotype *1/*17 through CPIC's table")
          .isEqualTo("Rapid Metabolizer");
      assertThat(profile.gene("CYP2D6").orElseThrow().phenotype())
          .as("a phenotype observation coded LA9657-3")
          .isEqualTo("Poor Metabolizer");
      assertThat(profile.gene("TPMT")).isEmpty();
      assertThat(PgxRecommendations.shipped().forDrug(profile, "2670"))
          .singleElement()
          .satisfies(r -> assertThat(r.recommendation()).startsWith("Avoid codeine"));
      assertThat(PgxProfile.fromWarehouse(c, "synthea", "nobody").genes()).isEmpty();
    }
  }

  @Test
  void anUnknownPatientIsOneSentence() throws Exception {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    Path wh = dir.resolve("w.duckdb");
    PgxOptions options = new PgxOptions(vcf(), "no-such-patient", null, null);
    try (AnalysisContext c =
        AnalysisContext.open(
            ContextRequest.of(wh).withResultTables(PgxApp.forOptions(options).writes()))) {
      assertThatThrownBy(() -> c.run(PgxApp.forOptions(options), options))
          .isInstanceOf(MedmineUserException.class)
          .hasMessage(
              "Patient no-such-patient is not in the warehouse: ingest the patient first or"
                  + " check --patient and --source.");
    }
    assertThat(pgxRows(wh)).isEmpty();
  }

  @Test
  void anUnknownCyp2d6AlleleIsRefused() throws Exception {
    assertThatThrownBy(() -> new PgxOptions(vcf(), null, null, "*1/*4000"))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("'*1/*4000' is not a CYP2D6 diplotype");
    assertThatThrownBy(() -> new PgxOptions(vcf(), null, null, "*1"))
        .isInstanceOf(MedmineUserException.class);
  }
}
