package org.medmine.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The floor: Jackson's streaming parser reads every token of every FHIR file (NDJSON is a sequence
 * of root values, which the parser reads as is) and does nothing else; string values are not even
 * decoded. It counts the top-level resources (a Bundle's entries, NDJSON lines) by their {@code
 * resourceType} so that its records are comparable with the other legs'.
 */
final class JacksonTokensLeg {
  private JacksonTokensLeg() {}

  static LegResult run(BenchPopulation population, ResourceMeter meter) throws IOException {
    List<Path> files = population.fhirFiles();
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(64 << 20).build())
            .build();
    meter.start();
    long records = 0;
    long tokens = 0;
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f);
          JsonParser p = factory.createParser(in)) {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          tokens++;
          if (t == JsonToken.FIELD_NAME && "resourceType".equals(p.currentName())) {
            records += countResource(p);
          }
        }
      }
    }
    meter.stop();
    return new LegResult(
        "jackson-tokens",
        "ok",
        BenchPopulation.bytes(files),
        records,
        meter.seconds(),
        meter.cpuSeconds(),
        ResourceMeter.peakHeapMib(),
        ResourceMeter.peakRssMib(),
        Map.of("files", files.size(), "tokens", tokens));
  }

  /**
   * 1 for a resource at the top or directly in a Bundle entry, 0 for a Bundle or a contained
   * resource.
   */
  private static long countResource(JsonParser p) throws IOException {
    int depth = p.getParsingContext().getNestingDepth();
    if (depth == 4) {
      return 1;
    }
    if (depth == 1) {
      p.nextToken();
      return "Bundle".equals(p.getText()) ? 0 : 1;
    }
    return 0;
  }
}
