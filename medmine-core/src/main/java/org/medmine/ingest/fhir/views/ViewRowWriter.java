package org.medmine.ingest.fhir.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a view's rows as they are made, so that printing holds no more than one resource's rows:
 * CSV (RFC 4180; a header line, a null as an empty field, a collection column as its JSON array) or
 * a JSON array of row objects, one indented object per row, columns in the view's order.
 */
final class ViewRowWriter {
  private final Writer out;
  private final ViewTable.Format format;
  private final List<String> columns;
  private final CsvWriter csv;
  private int written;

  ViewRowWriter(Writer out, ViewTable.Format format, List<String> columns) {
    this.out = out;
    this.format = format;
    this.columns = columns;
    this.csv = format == ViewTable.Format.csv ? CsvWriter.builder().build(out) : null;
    if (csv != null) {
      csv.writeRecord(columns);
    }
  }

  /** Writes one row; an I/O failure is unchecked so that it can leave a resource callback. */
  void write(ObjectNode row) {
    try {
      if (csv != null) {
        List<String> fields = new ArrayList<>(columns.size());
        for (String column : columns) {
          JsonNode value = row.path(column);
          fields.add(
              value.isNull() || value.isMissingNode()
                  ? ""
                  : value.isContainerNode() ? value.toString() : value.asText());
        }
        csv.writeRecord(fields);
      } else {
        out.write(written == 0 ? "[ " : ", ");
        out.write(row.toPrettyString());
      }
      written++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends the output (closes the JSON array) and flushes it. */
  void finish() throws IOException {
    if (csv != null) {
      csv.flush();
    } else {
      out.write(written == 0 ? "[ ]" : " ]");
      out.write(System.lineSeparator());
    }
    out.flush();
  }
}
