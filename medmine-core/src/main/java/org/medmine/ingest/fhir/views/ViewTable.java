package org.medmine.ingest.fhir.views;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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
    ViewRowWriter writer = new ViewRowWriter(out, format, columns);
    rows.forEach(writer::write);
    writer.finish();
  }

  /**
   * Reads {@code viewFile}, checks it, evaluates it over every resource under {@code fhir} and
   * prints the rows as they come, holding none of them (one Bundle at a time is held whole).
   */
  public static void print(Path viewFile, Path fhir, Writer out, Format format) throws IOException {
    ViewDefinition view = ViewDefinition.parse(FhirResourceFiles.readJson(viewFile));
    ViewEvaluator evaluator = new ViewEvaluator(view);
    ViewRowWriter writer = new ViewRowWriter(out, format, view.columnNames());
    FhirResourceFiles.forEachResource(
        fhir, resource -> evaluator.rows(resource).forEach(writer::write));
    writer.finish();
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
}
