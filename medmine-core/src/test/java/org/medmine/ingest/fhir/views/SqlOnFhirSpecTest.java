package org.medmine.ingest.fhir.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.medmine.model.MedmineUserException;

/**
 * Runs every case of the SQL-on-FHIR v2 specification's own test suite (copied under
 * src/test/resources with its README) through {@link ViewDefinition} and {@link ViewEvaluator}, and
 * reports the share that passes with each failure named. Rows are compared as multisets (the
 * specification's runners ignore row order), numbers by value; {@code expectColumns} in order; an
 * {@code expectError} case passes only when the view is refused with a user error. The cases that
 * fail must be exactly those listed, with a reason, in expected-failures.txt.
 */
class SqlOnFhirSpecTest {
  private static final ObjectMapper JSON = FhirResourceFiles.jsonMapper();

  @Test
  void runsTheSpecificationsTestSuite() throws IOException, URISyntaxException {
    Path suite = Path.of(getClass().getResource("sql-on-fhir-v2/tests").toURI());
    List<String> failures = new ArrayList<>();
    int cases = 0;
    try (Stream<Path> files = Files.list(suite)) {
      for (Path file : files.sorted().collect(Collectors.toList())) {
        JsonNode suiteJson = JSON.readTree(file.toFile());
        for (JsonNode test : suiteJson.get("tests")) {
          cases++;
          String name = file.getFileName() + ": " + test.get("title").asText();
          String failure = failure(suiteJson.get("resources"), test);
          if (failure != null) {
            failures.add(name + " -- " + failure);
          }
        }
      }
    }
    Set<String> expected = expectedFailures();
    Set<String> failed =
        failures.stream()
            .map(f -> f.substring(0, f.indexOf(" -- ")))
            .collect(Collectors.toCollection(TreeSet::new));
    System.out.printf(
        "SQL-on-FHIR v2 suite: %d of %d cases pass%n", cases - failures.size(), cases);
    failures.forEach(f -> System.out.println("  FAIL " + f));
    assertEquals(134, cases, "the suite has 134 cases");
    assertEquals(expected, failed, "the failing cases are exactly those in expected-failures.txt");
    assertTrue(cases - failures.size() >= 134 - expected.size());
  }

  private static String failure(JsonNode resources, JsonNode test) {
    try {
      ViewDefinition view = ViewDefinition.parse(test.get("view"));
      ViewEvaluator evaluator = new ViewEvaluator(view);
      List<ObjectNode> rows = new ArrayList<>();
      resources.forEach(resource -> rows.addAll(evaluator.rows(resource)));
      if (test.path("expectError").asBoolean(false)) {
        return "expected an error, got " + rows.size() + " rows";
      }
      if (test.has("expectColumns")) {
        List<String> columns = new ArrayList<>();
        test.get("expectColumns").forEach(c -> columns.add(c.asText()));
        if (!columns.equals(view.columnNames())) {
          return "columns " + view.columnNames() + ", expected " + columns;
        }
      }
      if (test.has("expect")) {
        List<String> expected = new ArrayList<>();
        test.get("expect").forEach(row -> expected.add(canonical(row)));
        List<String> actual =
            rows.stream().map(SqlOnFhirSpecTest::canonical).collect(Collectors.toList());
        if (!sorted(expected).equals(sorted(actual))) {
          return "rows " + actual + ", expected " + expected;
        }
      }
      return null;
    } catch (MedmineUserException e) {
      return test.path("expectError").asBoolean(false) ? null : "refused: " + e.getMessage();
    } catch (RuntimeException e) {
      return "internal failure: " + e;
    }
  }

  /** A row as text with keys sorted and numbers by value, so equal rows read alike. */
  private static String canonical(JsonNode row) {
    ObjectNode copy = JSON.createObjectNode();
    new TreeSet<String>(iterable(row)).forEach(key -> copy.set(key, numbers(row.get(key))));
    return copy.toString();
  }

  private static List<String> iterable(JsonNode row) {
    List<String> keys = new ArrayList<>();
    row.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static JsonNode numbers(JsonNode value) {
    if (value.isNumber()) {
      BigDecimal decimal = value.decimalValue().stripTrailingZeros();
      return JSON.getNodeFactory().textNode("#" + decimal.toPlainString());
    }
    return value;
  }

  private static List<String> sorted(List<String> rows) {
    return rows.stream().sorted().collect(Collectors.toList());
  }

  private Set<String> expectedFailures() throws IOException {
    try (var in = getClass().getResourceAsStream("expected-failures.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.substring(0, line.indexOf(" -- ")).trim())
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
