package org.medmine.ingest.fhir.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows a ViewDefinition gives over a set of FHIR resources, with its columns in order: what
 * {@code medmine view run} prints, as CSV (RFC 4180; a null is an empty field, a collection column
 * its JSON array) or as a JSON array of row objects (the SQL-on-FHIR v2 test suite's form).
 *
 * @param columns the view's column names, in order
 * @param rows one object per row, keyed by column name
 */
public record ViewTable(List<String> columns, List<ObjectNode> rows) {
  /** How {@link #print} writes the rows. */
  public enum Format {
    csv,
    json
  }

  /** Writes the rows as CSV or as an indented JSON array, and flushes {@code out}. */
  public void print(Writer out, Format format) throws IOException {
    if (format == Format.json) {
      out.write(toJson().toPrettyString());
      out.write(System.lineSeparator());
    } else {
      writeCsv(out);
    }
    out.flush();
  }

  /** Reads {@code viewFile}, checks it, and evaluates it over every resource under {@code fhir}. */
  public static ViewTable run(Path viewFile, Path fhir) throws IOException {
    ViewDefinition view = ViewDefinition.parse(FhirResourceFiles.readJson(viewFile));
    ViewEvaluator evaluator = new ViewEvaluator(view);
    List<ObjectNode> rows = new ArrayList<>();
    FhirResourceFiles.forEachResource(fhir, resource -> rows.addAll(evaluator.rows(resource)));
    return new ViewTable(view.columnNames(), List.copyOf(rows));
  }

  /** The rows as a JSON array of objects, columns in the view's order. */
  public ArrayNode toJson() {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    rows.forEach(array::add);
    return array;
  }

  /** Writes a header line and one CSV line per row. */
  public void writeCsv(Writer out) {
    try {
      CsvWriter csv = CsvWriter.builder().build(out);
      csv.writeRecord(columns);
      for (ObjectNode row : rows) {
        List<String> fields = new ArrayList<>(columns.size());
        for (String column : columns) {
          JsonNode value = row.path(column);
          fields.add(
              value.isNull() || value.isMissingNode()
                  ? ""
                  : value.isContainerNode() ? value.toString() : value.asText());
        }
        csv.writeRecord(fields);
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
