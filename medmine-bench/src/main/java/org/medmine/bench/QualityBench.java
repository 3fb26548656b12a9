package org.medmine.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.IngestResult;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.quality.CheckCatalogue;
import org.medmine.quality.CheckResult;
import org.medmine.quality.QualityAssessment;
import org.medmine.quality.QualityReport;
import org.medmine.quality.linkage.MasterPatientIndex;
import org.medmine.quality.linkage.PatientLinker;
import org.medmine.warehouse.Warehouse;

/**
 * The data-quality benchmark of issue 3: profiling plus every catalogue check (with unit
 * standardization), then record linkage, on one warehouse, timed in seconds and rows per second.
 *
 * <p>{@code QualityBench (--population DIR | --warehouse FILE) [--out DIR]}: with a Synthea
 * population folder, ingests its {@code fhir/} first (timed, reused from {@code
 * DIR/quality-bench-source.duckdb} when it exists); the measured passes run on a copy, so the
 * source warehouse is never changed. Writes {@code quality-bench.json} to the out folder and a
 * summary to standard output.
 */
public final class QualityBench {
  private QualityBench() {}

  public static void main(String[] args) throws IOException {
    Args a = Args.parse(args);
    Files.createDirectories(a.out());
    Map<String, Object> result = new LinkedHashMap<>();
    Path warehouse =
        a.warehouse() != null ? a.warehouse() : ingested(a.population(), a.out(), result);
    Path work = a.out().resolve("quality-bench-work.duckdb");
    Files.copy(warehouse, work, StandardCopyOption.REPLACE_EXISTING);
    result.put("warehouse", warehouse.toString());
    try (Warehouse w = Warehouse.open(work)) {
      long patients = scalar(w, "SELECT count(*) FROM patient");
      result.put("patients", patients);
      Quality quality = Quality.measure(w, result);
      PatientLinker.Result link =
          MasterPatientIndex.link(w.connection(), PatientLinker.Options.defaults(), true);
      result.put("link_seconds", link.seconds());
      result.put("link_candidate_pairs", link.candidatePairs());
      result.put("link_linked_pairs", link.matches().size());
      result.put("link_review_pairs", link.review().size());
      printSummary(patients, quality, link);
    }
    Files.deleteIfExists(work);
    Path json = a.out().resolve("quality-bench.json");
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), result);
    System.out.println("quality bench: wrote " + json);
  }

  /** The command line: {@code (--population DIR | --warehouse FILE) [--out DIR]}. */
  private record Args(Path population, Path warehouse, Path out) {
    static Args parse(String[] args) {
      Path population = null;
      Path warehouse = null;
      Path out = Path.of("target/bench");
      for (int i = 0; i < args.length; i += 2) {
        switch (args[i]) {
          case "--population" -> population = Path.of(args[i + 1]);
          case "--warehouse" -> warehouse = Path.of(args[i + 1]);
          case "--out" -> out = Path.of(args[i + 1]);
          default -> {
            System.err.println(
                "usage: QualityBench (--population DIR | --warehouse FILE) [--out DIR]");
            System.exit(2);
          }
        }
      }
      return new Args(population, warehouse, out);
    }
  }

  /**
   * The warehouse of {@code population}'s FHIR export under {@code out}, ingested (timed, into
   * {@code result}) unless an earlier run left it there.
   */
  private static Path ingested(Path population, Path out, Map<String, Object> result) {
    if (population == null) {
      System.err.println("QualityBench: give --population DIR or --warehouse FILE");
      System.exit(2);
    }
    Path warehouse = out.resolve("quality-bench-source.duckdb");
    result.put("population", population.toString());
    if (!Files.exists(warehouse)) {
      long t0 = System.nanoTime();
      IngestResult ingest;
      try (Warehouse w = Warehouse.open(warehouse)) {
        ingest =
            Ingestor.ingest(
                w,
                new IngestOptions(List.of(population.resolve("fhir")), "synthea", null),
                IngestListener.NONE);
      }
      result.put("ingest_seconds", (System.nanoTime() - t0) / 1e9);
      result.put("ingest_records_stored", ingest.stored());
    }
    return warehouse;
  }

  /**
   * The profile and every catalogue check, timed with unit standardization ({@code seconds}), then
   * the checks and standardization alone ({@code checksOnly}).
   */
  private record Quality(QualityReport report, double seconds, double checksOnly) {
    static Quality measure(Warehouse w, Map<String, Object> result) {
      long t0 = System.nanoTime();
      QualityReport report =
          QualityAssessment.run(w.connection(), CheckCatalogue.builtIn(), List.of(), true);
      double seconds = (System.nanoTime() - t0) / 1e9;
      long t1 = System.nanoTime();
      QualityAssessment.run(w.connection(), CheckCatalogue.builtIn(), List.of(), false);
      double checksOnly = (System.nanoTime() - t1) / 1e9;
      result.put("rows_in_warehouse", report.rowsInWarehouse());
      result.put("tables_profiled", report.profile().size());
      result.put("checks", report.checks().size());
      result.put("profile_and_checks_seconds", seconds);
      result.put("checks_with_standardization_seconds", checksOnly);
      result.put("profile_seconds_estimate", Math.max(0, seconds - checksOnly));
      result.put("rows_per_second", report.rowsInWarehouse() / seconds);
      result.put("observation_values_standardized", report.standardization().rowsStandardized());
      result.put(
          "failed_checks",
          report.checks().stream()
              .filter(r -> !r.passed())
              .map(r -> r.check().id() + " " + r.violations() + "/" + r.rows())
              .toList());
      result.put("families", report.families());
      result.put("fatal_failures", report.fatalFailures().size());
      return new Quality(report, seconds, checksOnly);
    }
  }

  private static void printSummary(long patients, Quality q, PatientLinker.Result link) {
    QualityReport report = q.report();
    System.out.printf(
        Locale.ROOT,
        "quality bench: %d patients, %,d rows in %d tables; profile + %d checks %.1f s (%,.0f rows/s), checks alone %.1f s;"
            + " linkage %.1f s over %,d candidate pairs (%d linked, %d for review)%n",
        patients,
        report.rowsInWarehouse(),
        report.profile().size(),
        report.checks().size(),
        q.seconds(),
        report.rowsInWarehouse() / q.seconds(),
        q.checksOnly(),
        link.seconds(),
        link.candidatePairs(),
        link.matches().size(),
        link.review().size());
    report.checks().stream()
        .filter(r -> !r.passed())
        .sorted(Comparator.comparing((CheckResult r) -> r.check().id()))
        .forEach(
            r ->
                System.out.printf(
                    Locale.ROOT,
                    "  failed on this data: %-40s %,d of %,d rows%n",
                    r.check().id(),
                    r.violations(),
                    r.rows()));
  }

  private static long scalar(Warehouse w, String sql) {
    try (var s = w.connection().createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
