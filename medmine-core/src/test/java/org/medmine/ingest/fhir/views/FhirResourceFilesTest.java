package org.medmine.ingest.fhir.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.model.MedmineUserException;

/**
 * Reading resources for views: a folder of a Bundle, a gzipped NDJSON file and a single resource
 * gives every resource once, in file-name order; decimals keep their written precision; a bad
 * NDJSON line is refused naming file and line; a view's rows print as CSV with nulls empty.
 */
class FhirResourceFilesTest {
  @TempDir Path dir;

  @Test
  void readsBundlesNdjsonAndSingleResourcesFromAFolder() throws IOException {
    Files.writeString(
        dir.resolve("a-bundle.json"),
        "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"p1\"}},"
            + "{\"resource\":{\"resourceType\":\"Observation\",\"id\":\"o1\",\"valueQuantity\":{\"value\":1.0}}}]}");
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("b.ndjson.gz")))) {
      out.write(
          "{\"resourceType\":\"Patient\",\"id\":\"p2\"}\n\n{\"resourceType\":\"Patient\",\"id\":\"p3\"}\n"
              .getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("c.json"), "{\"resourceType\":\"Patient\",\"id\":\"p4\"}");
    Files.writeString(dir.resolve("notes.txt"), "not FHIR");
    List<JsonNode> read = new ArrayList<>();
    FhirResourceFiles.forEachResource(dir, read::add);
    assertThat(read)
        .extracting(r -> r.get("id").asText())
        .containsExactly("p1", "o1", "p2", "p3", "p4");
    assertThat(read.get(1).at("/valueQuantity/value").decimalValue().scale()).isEqualTo(1);
  }

  @Test
  void aBadNdjsonLineIsRefusedNamingFileAndLine() throws IOException {
    Path file = dir.resolve("bad.ndjson");
    Files.writeString(file, "{\"resourceType\":\"Patient\",\"id\":\"p1\"}\n{oops\n");
    assertThatThrownBy(() -> FhirResourceFiles.forEachResource(file, r -> {}))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("bad.ndjson line 2");
  }

  @Test
  void printsTheViewsRowsAsCsvWithNullsEmpty() throws IOException {
    Path file = dir.resolve("p.ndjson");
    Files.writeString(
        file,
        "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"name\":[{\"family\":\"Doe, Jr\"}]}\n"
            + "{\"resourceType\":\"Patient\",\"id\":\"p2\"}\n");
    Path view = dir.resolve("view.json");
    Files.writeString(
        view,
        "{\"resource\":\"Patient\",\"select\":[{\"column\":[{\"name\":\"id\",\"path\":\"id\"},"
            + "{\"name\":\"family\",\"path\":\"name.family.first()\"}]}]}");
    StringWriter out = new StringWriter();
    ViewTable.run(view, file).print(out, ViewTable.Format.csv);
    assertThat(out.toString().lines()).containsExactly("id,family", "p1,\"Doe, Jr\"", "p2,");
  }

  @Test
  void streamsJsonRowsThatReadBackAsTheViewsTable() throws IOException {
    Path file = dir.resolve("p.ndjson");
    Files.writeString(
        file,
        "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"name\":[{\"given\":[\"A\",\"B\"]}]}\n"
            + "{\"resourceType\":\"Patient\",\"id\":\"p2\"}\n");
    Path view = dir.resolve("view.json");
    Files.writeString(
        view,
        "{\"resource\":\"Patient\",\"select\":[{\"column\":[{\"name\":\"id\",\"path\":\"id\"},"
            + "{\"name\":\"given\",\"path\":\"name.given\",\"collection\":true}]}]}");
    StringWriter out = new StringWriter();
    ViewTable.print(view, file, out, ViewTable.Format.json);
    JsonNode printed = FhirResourceFiles.jsonMapper().readTree(out.toString());
    assertThat(printed).isEqualTo(ViewTable.run(view, file).toJson());
    assertThat(printed.get(0).get("given").size()).isEqualTo(2);
    StringWriter none = new StringWriter();
    ViewTable.print(view, dir.resolve("view.json"), none, ViewTable.Format.json);
    assertThat(FhirResourceFiles.jsonMapper().readTree(none.toString()).size()).isZero();
  }
}
