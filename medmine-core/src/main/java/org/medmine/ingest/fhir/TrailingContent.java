package org.medmine.ingest.fhir;

import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import org.medmine.warehouse.RecordOrigin;
import org.medmine.warehouse.RecordSink;
import org.medmine.warehouse.WarehouseLoader;

/**
 * What follows a JSON document's closing brace in a FHIR file. RFC 8259 allows only whitespace
 * there; anything else (a second document, text, a broken copy) was not read, so it is quarantined
 * as one record at the line where it starts, with up to {@value WarehouseLoader#RAW_TEXT_LIMIT} of
 * its characters as the raw text, rather than dropped in silence. A document's content is stored as
 * usual either way.
 */
final class TrailingContent {
  private TrailingContent() {}

  /**
   * Reads past the document {@code p} has just closed, without holding more than the raw-text
   * limit, and quarantines what is not whitespace.
   */
  static void check(JsonParser p, InputStream in, String name, RecordSink sink) throws IOException {
    long line = p.currentLocation().getLineNr();
    ByteArrayOutputStream buffered = new ByteArrayOutputStream();
    p.releaseBuffered(buffered);
    try (InputStream rest =
        new SequenceInputStream(new ByteArrayInputStream(buffered.toByteArray()), in)) {
      int b;
      while ((b = rest.read()) == ' ' || b == '\t' || b == '\r' || b == '\n') {
        if (b == '\n') {
          line++;
        }
      }
      if (b < 0) {
        return;
      }
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      raw.write(b);
      byte[] more = rest.readNBytes(WarehouseLoader.RAW_TEXT_LIMIT);
      raw.write(more);
      boolean cut = more.length == WarehouseLoader.RAW_TEXT_LIMIT && rest.read() >= 0;
      sink.quarantine(
          new RecordOrigin(name, line, "line"),
          null,
          null,
          "content after the end of the JSON document (from line "
              + line
              + ")"
              + ": the document before it was read, this was not; give one JSON document per file, or NDJSON",
          FhirReader.rawText(raw.toByteArray()) + (cut ? "…" : ""));
    }
  }
}
