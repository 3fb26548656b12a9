package org.medmine.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.medmine.ingest.IngestOptions.InputFormat;

/**
 * Runs one benchmark leg in this JVM and writes its {@link LegResult} as JSON: {@code BenchLeg LEG
 * POPULATION_DIR RESULT_JSON WORK_DIR}. Legs: {@code hapi-parse}, {@code jackson-tokens}, {@code
 * medmine-fhir}, {@code duckdb-fhir-insert}, {@code duckdb-fhir-append}, {@code
 * duckdb-fhir-function} (these three after {@code medmine-fhir}), {@code fastcsv-fields}, {@code
 * duckdb-csv-load}, {@code medmine-csv}.
 */
public final class BenchLeg {
  private BenchLeg() {}

  /** Entry point. */
  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: BenchLeg LEG POPULATION_DIR RESULT_JSON WORK_DIR");
      System.exit(2);
    }
    String leg = args[0];
    BenchPopulation population = new BenchPopulation(Path.of(args[1]));
    Path work = Path.of(args[3]);
    ResourceMeter meter = new ResourceMeter();
    LegResult r =
        switch (leg) {
          case "hapi-parse" -> HapiParseLeg.run(population, meter);
          case "jackson-tokens" -> JacksonTokensLeg.run(population, meter);
          case "medmine-fhir" ->
              MedmineIngestLeg.run(leg, InputFormat.FHIR, population, work, meter);
          case "duckdb-fhir-insert", "duckdb-fhir-append", "duckdb-fhir-function" ->
              DuckDbFhirStoreLeg.run(leg, population, work, meter);
          case "fastcsv-fields" -> FastCsvFieldsLeg.run(population, meter);
          case "duckdb-csv-load" -> DuckDbCsvLoadLeg.run(population, work, meter);
          case "medmine-csv" ->
              MedmineIngestLeg.run(leg, InputFormat.SYNTHEA_CSV, population, work, meter);
          default -> throw new IllegalArgumentException("unknown leg " + leg);
        };
    Path out = Path.of(args[2]);
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(out.toFile(), r.toMap());
    System.out.printf(
        Locale.ROOT,
        "%-15s %s  %.1f MB/s  %.0f records/s  heap %.0f MiB  RSS %.0f MiB%n",
        leg,
        r.status(),
        r.mbPerSecond(),
        r.recordsPerSecond(),
        r.peakHeapMib(),
        r.peakRssMib());
  }
}
