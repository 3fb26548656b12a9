package org.medmine.ingest.fhir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.medmine.ingest.progress.CountingInputStream;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.warehouse.RecordOrigin;
import org.medmine.warehouse.RecordSink;
import org.medmine.warehouse.Row;

/**
 * Streams FHIR R4 JSON into a {@link RecordSink}: Bundles (transaction, batch, collection,
 * searchset) entry by entry, single resources, and bulk-data NDJSON line by line, each optionally
 * gzipped. Memory is bounded by the largest single resource, never by the file.
 *
 * <p>Every record ends stored, quarantined or skipped. Malformed JSON in NDJSON costs one line; in
 * a Bundle it ends the file (JSON cannot be resynchronised), and the entry where it happened is
 * quarantined with a reason that says the rest of the file was not read.
 */
public final class FhirReader {
  /**
   * Longest NDJSON line accepted (64 MiB); a longer one is quarantined without being held in
   * memory.
   */
  static final int MAX_LINE_BYTES = 64 << 20;

  private final RecordSink sink;
  private final IngestListener listener;
  private final ObjectMapper json;
  private final FhirResourceMapper mapper = new FhirResourceMapper();

  public FhirReader(RecordSink sink, IngestListener listener) {
    this.sink = sink;
    this.listener = listener;
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(64 << 20).build())
            .build();
    this.json = new ObjectMapper(factory);
  }

  /** Whether a file name looks like FHIR JSON or NDJSON (optionally gzipped). */
  public static boolean accepts(String name) {
    String n = stripGz(name.toLowerCase(java.util.Locale.ROOT));
    return n.endsWith(".json") || n.endsWith(".ndjson") || n.endsWith(".jsonl");
  }

  private static String stripGz(String n) {
    return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
  }

  /** Reads one file; {@code name} is how positions and quarantine entries refer to it. */
  public void read(Path file, String name) throws IOException {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    boolean ndjson = stripGz(lower).endsWith(".ndjson") || stripGz(lower).endsWith(".jsonl");
    if (Files.size(file) == 0) {
      sink.quarantine(RecordOrigin.wholeFile(name), null, null, "the file is empty", "");
      return;
    }
    try (CountingInputStream counted =
        new CountingInputStream(Files.newInputStream(file), listener)) {
      InputStream in;
      try {
        in =
            new BufferedInputStream(
                lower.endsWith(".gz") ? new GZIPInputStream(counted, 1 << 16) : counted, 1 << 16);
      } catch (ZipException | EOFException e) {
        sink.quarantine(RecordOrigin.wholeFile(name), null, null, failure(e, true), "");
        return;
      }
      boolean gz = lower.endsWith(".gz");
      if (ndjson) {
        readNdjson(in, name, gz);
      } else {
        readDocument(in, name, gz);
      }
      counted.flushProgress();
    }
  }

  private void readNdjson(InputStream in, String name, boolean gz) {
    long lineNo = 0;
    long records = 0;
    ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 14);
    boolean tooLong = false;
    try {
      int b;
      while (true) {
        b = in.read();
        if (b == '\n' || b < 0) {
          if (b < 0 && line.size() == 0 && !tooLong) {
            break;
          }
          lineNo++;
          RecordOrigin origin = new RecordOrigin(name, lineNo, "line");
          if (tooLong) {
            sink.quarantine(
                origin, null, null, "the line is longer than " + MAX_LINE_BYTES + " bytes", "");
            records++;
          } else if (!isBlank(line)) {
            handleLine(line.toByteArray(), origin);
            records++;
          }
          line.reset();
          tooLong = false;
          if (b < 0) {
            break;
          }
          continue;
        }
        if (line.size() >= MAX_LINE_BYTES) {
          tooLong = true;
        } else {
          line.write(b);
        }
      }
      if (records == 0) {
        sink.quarantine(
            RecordOrigin.wholeFile(name),
            null,
            null,
            "the file holds no records (only blank lines)",
            "");
      }
    } catch (IOException e) {
      sink.quarantine(
          new RecordOrigin(name, lineNo + 1, "line"),
          null,
          null,
          failure(e, gz) + "; lines from here on could not be read (the earlier lines were)",
          rawText(line.toByteArray()));
    }
    listener.advanced(0, records);
  }

  private static boolean isBlank(ByteArrayOutputStream line) {
    byte[] bytes = line.toByteArray();
    for (byte x : bytes) {
      if (x != ' ' && x != '\t' && x != '\r') {
        return false;
      }
    }
    return true;
  }

  private void handleLine(byte[] bytes, RecordOrigin origin) {
    JsonNode node;
    try (JsonParser p = json.getFactory().createParser(bytes)) {
      node = json.readTree(p);
      if (node != null && p.nextToken() != null) {
        sink.quarantine(
            origin,
            textOrNull(node.get("resourceType")),
            textOrNull(node.get("id")),
            "trailing content after the JSON value (column "
                + p.currentTokenLocation().getColumnNr()
                + "): one resource per line, nothing after it",
            rawText(bytes));
        return;
      }
    } catch (IOException e) {
      Identity known = identityBeforeFault(bytes);
      sink.quarantine(origin, known.type(), known.id(), failure(e, false), rawText(bytes));
      return;
    }
    if (node == null || !node.isObject()) {
      sink.quarantine(origin, null, null, "the line is not a JSON object", rawText(bytes));
      return;
    }
    handleResource(node, null, origin);
  }

  private void readDocument(InputStream in, String name, boolean gz) throws IOException {
    JsonParser parser;
    try {
      parser = json.getFactory().createParser(in); // reads the first bytes, to detect the encoding
    } catch (IOException e) {
      sink.quarantine(RecordOrigin.wholeFile(name), null, null, failure(e, gz), "");
      return;
    }
    try (JsonParser p = parser) {
      JsonToken first;
      try {
        first = p.nextToken();
      } catch (IOException e) {
        sink.quarantine(RecordOrigin.wholeFile(name), null, null, failure(e, gz), "");
        return;
      }
      if (first == null) {
        sink.quarantine(RecordOrigin.wholeFile(name), null, null, "the file is empty", "");
        return;
      }
      if (first != JsonToken.START_OBJECT) {
        sink.quarantine(
            RecordOrigin.wholeFile(name),
            null,
            null,
            "the file is not a JSON object (a FHIR resource or Bundle)",
            "");
        return;
      }
      if (readObject(p, name, gz)) {
        TrailingContent.check(p, in, name, sink);
      }
    }
  }

  /**
   * Reads the top-level object whose START_OBJECT {@code p} is on: a Bundle's entries one by one,
   * or a single resource. Returns false when malformed JSON ended the file (already quarantined).
   */
  private boolean readObject(JsonParser p, String name, boolean gz) {
    long entry = 0;
    ObjectNode top = json.createObjectNode();
    boolean sawEntries = false;
    try {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if ("entry".equals(field) && value == JsonToken.START_ARRAY) {
          sawEntries = true;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonNode e = json.readTree(p);
            handleEntry(e, new RecordOrigin(name, entry, "entry"));
            entry++;
            if ((entry & 1023) == 0) {
              listener.advanced(0, 1024);
            }
          }
        } else {
          top.set(field, json.readTree(p));
        }
      }
    } catch (IOException e) {
      sink.quarantine(
          new RecordOrigin(name, entry, "entry"),
          null,
          null,
          failure(e, gz)
              + "; entries from "
              + entry
              + " on could not be read (the "
              + entry
              + " before it were)",
          "");
      return false;
    }
    listener.advanced(0, entry & 1023);
    handleTopObject(top, sawEntries, name);
    return true;
  }

  /**
   * What remains of a file's top-level object once its entries (if any) were read: a single
   * resource is handled; a Bundle whose entry is not an array, or entries in something that is not
   * a Bundle, are quarantined.
   */
  private void handleTopObject(ObjectNode top, boolean sawEntries, String name) {
    String type = top.path("resourceType").asText(null);
    if (!sawEntries && "Bundle".equals(type) && top.has("entry")) {
      JsonNode notArray = top.get("entry");
      sink.quarantine(
          RecordOrigin.wholeFile(name),
          type,
          textOrNull(top.get("id")),
          "the Bundle's entry is a JSON "
              + FhirValues.kind(notArray)
              + ", not an array: none of its content was read",
          notArray.toString());
    } else if (!sawEntries && !"Bundle".equals(type)) {
      handleResource(top, null, new RecordOrigin(name, 0, "entry"));
    } else if (!"Bundle".equals(type)) {
      sink.quarantine(
          RecordOrigin.wholeFile(name),
          type,
          null,
          "the file has entries but its resourceType is "
              + type
              + ", not Bundle; its entries were read as a Bundle's",
          "");
    }
  }

  private void handleEntry(JsonNode entry, RecordOrigin origin) {
    if (entry == null || !entry.isObject()) {
      sink.quarantine(
          origin, null, null, "the Bundle entry is not a JSON object", String.valueOf(entry));
      return;
    }
    JsonNode resource = entry.get("resource");
    if (resource == null || !resource.isObject()) {
      sink.quarantine(origin, null, null, "the Bundle entry has no resource", entry.toString());
      return;
    }
    JsonNode fullUrl = entry.get("fullUrl");
    handleResource(
        resource, fullUrl != null && fullUrl.isTextual() ? fullUrl.asText() : null, origin);
  }

  private void handleResource(JsonNode resource, String fullUrl, RecordOrigin origin) {
    JsonNode typeNode = resource.get("resourceType");
    if (typeNode == null || !typeNode.isTextual()) {
      sink.quarantine(origin, null, null, "the resource has no resourceType", resource.toString());
      return;
    }
    String type = typeNode.asText();
    if (!FhirResourceTypes.R4.contains(type)) {
      sink.quarantine(
          origin,
          type,
          textOrNull(resource.get("id")),
          "unknown resource type '" + type + "' (not a FHIR R4 resource)",
          resource.toString());
      return;
    }
    if (!FhirResourceMapper.supports(type)) {
      sink.skip(origin, type);
      return;
    }
    String id = usableId(resource, type, fullUrl, origin);
    if (id == null) {
      return;
    }
    List<Row> rows;
    try {
      rows = mapper.map(type, id, resource);
    } catch (FhirFormatException e) {
      sink.quarantine(origin, type, id, e.getMessage(), resource.toString());
      return;
    } catch (RuntimeException e) {
      sink.quarantine(
          origin, type, id, "could not map the resource (" + e + ")", resource.toString());
      return;
    }
    sink.store(origin, type, rows);
  }

  /**
   * The resource's id, else the one its Bundle entry's {@code fullUrl} gives; null when there is no
   * usable one (a non-string, none at all, longer than 256 characters), the resource then
   * quarantined with the reason.
   */
  private String usableId(JsonNode resource, String type, String fullUrl, RecordOrigin origin) {
    String id = textOrNull(resource.get("id"));
    if (id == null && resource.has("id")) {
      sink.quarantine(
          origin,
          type,
          null,
          type + ".id: expected a string, found " + FhirValues.kind(resource.get("id")),
          resource.toString());
      return null;
    }
    if ((id == null || id.isBlank()) && fullUrl != null) {
      id = FhirValues.normalizeReference(fullUrl);
    }
    if (id == null || id.isBlank()) {
      sink.quarantine(
          origin,
          type,
          null,
          "the " + type + " has no id (and no fullUrl to take one from)",
          resource.toString());
      return null;
    }
    if (id.length() > 256) {
      sink.quarantine(
          origin,
          type,
          id.substring(0, 64) + "…",
          "the id is " + id.length() + " characters long (at most 256)",
          resource.toString());
      return null;
    }
    return id;
  }

  /**
   * The resourceType and id of a record that is not valid JSON, when they come before the fault.
   */
  private record Identity(String type, String id) {}

  private Identity identityBeforeFault(byte[] bytes) {
    String type = null;
    String id = null;
    try (JsonParser p = json.getFactory().createParser(bytes)) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          if (p.nextToken() == JsonToken.VALUE_STRING && "resourceType".equals(field)) {
            type = p.getText();
          } else if (p.currentToken() == JsonToken.VALUE_STRING
              && "id".equals(field)
              && p.getTextLength() <= 256) {
            id = p.getText();
          } else {
            p.skipChildren();
          }
        }
      }
    } catch (IOException e) {
      // the fault the caller reports: keep what came before it
    }
    return new Identity(type, id);
  }

  /**
   * The raw text of a record for quarantine: UTF-8 when the bytes are UTF-8, else ISO-8859-1, which
   * maps every byte to a character, so that bytes in another encoding are kept rather than
   * replaced.
   */
  static String rawText(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  /**
   * Why reading stopped: malformed JSON, bytes that are not UTF-8, or a gzip stream cut short or
   * corrupt.
   */
  static String failure(IOException e, boolean gz) {
    if (e instanceof JsonProcessingException) {
      String d = describe(e);
      return d.contains("Invalid UTF-8") ? "not valid UTF-8: " + d : "malformed JSON: " + d;
    }
    if (gz && e instanceof EOFException) {
      return "truncated gzip: the file ends inside its compressed data (" + e.getMessage() + ")";
    }
    if (gz && e instanceof ZipException) {
      return "corrupt gzip (" + e.getMessage() + ")";
    }
    return "the file could not be read to its end (" + e.getMessage() + ")";
  }

  static String textOrNull(JsonNode n) {
    return n != null && n.isTextual() ? n.asText() : null;
  }

  private static String describe(IOException e) {
    if (e instanceof JsonProcessingException jpe) {
      String msg = jpe.getOriginalMessage();
      var loc = jpe.getLocation();
      return (msg == null ? "" : msg.split("\n")[0])
          + (loc == null
              ? ""
              : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")");
    }
    return e.getMessage();
  }
}
