package org.medmine.bench;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The peer: HAPI FHIR's R4 JSON parser turns each file (each line of NDJSON) into a Resource, and
 * nothing else is done with it. The FhirContext is built before the clock starts (it takes seconds,
 * once).
 */
final class HapiParseLeg {
  private HapiParseLeg() {}

  static LegResult run(BenchPopulation population, ResourceMeter meter) throws IOException {
    List<Path> files = population.fhirFiles();
    FhirContext context = FhirContext.forR4();
    IParser parser = context.newJsonParser();
    parser.parseResource("{\"resourceType\":\"Patient\",\"id\":\"warm\"}");
    meter.start();
    long records = 0;
    for (Path f : files) {
      if (f.getFileName().toString().endsWith(".json")) {
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          records += count(parser.parseResource(in));
        }
      } else {
        try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!line.isBlank()) {
              records += count(parser.parseResource(line));
            }
          }
        }
      }
    }
    meter.stop();
    return new LegResult(
        "hapi-parse",
        "ok",
        BenchPopulation.bytes(files),
        records,
        meter.seconds(),
        meter.cpuSeconds(),
        ResourceMeter.peakHeapMib(),
        ResourceMeter.peakRssMib(),
        Map.of("files", files.size(), "hapi_fhir", context.getVersion().getVersion().name()));
  }

  /** A Bundle counts as its entries' resources (as medmine counts it); anything else as one. */
  private static long count(IBaseResource r) {
    if (r instanceof Bundle b) {
      return b.getEntry().stream().filter(e -> e.getResource() != null).count();
    }
    return 1;
  }
}
