package org.medmine.ingest.fhir.views;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.medmine.ingest.fhir.FhirReader;
import org.medmine.model.MedmineUserException;

/**
 * Reads FHIR R4 resources as JSON trees from a file or a folder of them: Bundles (each entry's
 * resource), single resources and bulk-data NDJSON (one resource a line), each optionally gzipped,
 * the files a folder holds read in name order. Decimals keep their written precision (FHIR R4
 * section 2.1.28.5: {@code 1.0} is not {@code 1}), which {@code lowBoundary()} needs. A line or
 * file that is not JSON is refused with one sentence naming the file and line.
 */
public final class FhirResourceFiles {
  private static final ObjectMapper JSON = jsonMapper();

  private FhirResourceFiles() {}

  /** A Jackson mapper that reads decimals exactly, as FHIR means them. */
  public static ObjectMapper jsonMapper() {
    return JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .build();
  }

  /** Reads a ViewDefinition or another JSON file whole. */
  public static JsonNode readJson(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new MedmineUserException(
          "Cannot read "
              + file
              + " as JSON ("
              + e.getMessage().lines().findFirst().orElse("")
              + "): give a JSON file.",
          e);
    }
  }

  /** Hands every resource in {@code path} (a file or a folder) to {@code consumer}, in order. */
  public static void forEachResource(Path path, Consumer<JsonNode> consumer) throws IOException {
    if (!Files.exists(path)) {
      throw new MedmineUserException(
          "No FHIR file or folder at " + path + ": give --fhir FILE|DIR.");
    }
    List<Path> files;
    if (Files.isDirectory(path)) {
      try (Stream<Path> listed = Files.walk(path)) {
        files =
            listed
                .filter(Files::isRegularFile)
                .filter(f -> FhirReader.accepts(f.getFileName().toString()))
                .sorted()
                .collect(Collectors.toList());
      }
    } else {
      files = List.of(path);
    }
    for (Path file : files) {
      read(file, consumer);
    }
  }

  private static void read(Path file, Consumer<JsonNode> consumer) throws IOException {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    boolean gzip = name.endsWith(".gz");
    String bare = gzip ? name.substring(0, name.length() - 3) : name;
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
      if (bare.endsWith(".ndjson") || bare.endsWith(".jsonl")) {
        readLines(file, in, consumer);
      } else {
        JsonNode node;
        try {
          node = JSON.readTree(new java.io.BufferedInputStream(in));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new MedmineUserException(file + " is not valid JSON: correct or remove it.", e);
        }
        resources(node, consumer);
      }
    }
  }

  private static void readLines(Path file, InputStream in, Consumer<JsonNode> consumer)
      throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      if (!line.isBlank()) {
        resources(parse(file, number, line), consumer);
      }
    }
  }

  private static JsonNode parse(Path file, int line, String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new MedmineUserException(
          file + (line > 0 ? " line " + line : "") + " is not valid JSON: correct or remove it.",
          e);
    }
  }

  private static void resources(JsonNode node, Consumer<JsonNode> consumer) {
    if ("Bundle".equals(node.path("resourceType").asText())) {
      for (JsonNode entry : node.path("entry")) {
        if (entry.path("resource").isObject()) {
          resources(entry.get("resource"), consumer);
        }
      }
    } else if (node.isObject()) {
      consumer.accept(node);
    }
  }
}
