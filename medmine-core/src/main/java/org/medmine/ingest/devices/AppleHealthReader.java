package org.medmine.ingest.devices;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.medmine.ingest.progress.CountingInputStream;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.warehouse.RecordOrigin;
import org.medmine.warehouse.RecordSink;

/**
 * Streams an Apple Health export ({@code export.xml}, root {@code HealthData}) with StAX into a
 * {@link RecordSink}: memory is bounded by one element, never by the file, which reaches gigabytes.
 * Each child of the root is one record: a {@code Record} of a type in {@link AppleHealthTypes} is
 * stored as a device reading, other elements and types are counted as skipped, and a record that
 * cannot be read (no value, a date that does not parse, an unknown unit) is quarantined with its
 * line and the reason. Malformed XML ends the file, as for a FHIR Bundle: the reason says where,
 * and that the rest was not read. The export's DTD is not loaded and no entity is resolved.
 */
public final class AppleHealthReader {
  private static final DateTimeFormatter EXPORT_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");
  private static final Pattern HARDWARE = Pattern.compile("hardware:(.*?)(?:, \\w+:|>|$)");

  private final RecordSink sink;
  private final IngestListener listener;
  private final String patient;
  private final XMLInputFactory factory = XMLInputFactory.newFactory();

  /** A reader of exports that all belong to {@code patient}. */
  public AppleHealthReader(RecordSink sink, IngestListener listener, String patient) {
    this.sink = sink;
    this.listener = listener;
    this.patient = patient;
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
  }

  /** Whether a file name looks like an Apple Health export. */
  public static boolean accepts(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
  }

  /** Reads one export; {@code name} is how positions and quarantine entries refer to it. */
  public void read(Path file, String name) throws IOException {
    long records = 0;
    long line = 0;
    try (CountingInputStream counted =
            new CountingInputStream(Files.newInputStream(file), listener);
        InputStream in = new java.io.BufferedInputStream(counted, 1 << 16)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      int depth = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          line = xml.getLocation().getLineNumber();
          if (depth == 2) {
            record(xml, new RecordOrigin(name, line, "line"));
            records++;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      xml.close();
      counted.flushProgress();
    } catch (XMLStreamException e) {
      sink.quarantine(
          new RecordOrigin(name, Math.max(line, lineOf(e)), "line"),
          null,
          null,
          "malformed XML: "
              + firstLine(e.getMessage())
              + "; the rest of the file was not read (the records before it were)",
          "");
      records++;
    }
    if (records == 0) {
      sink.quarantine(RecordOrigin.wholeFile(name), null, null, "the export holds no records", "");
    }
    listener.advanced(0, records);
  }

  private void record(XMLStreamReader xml, RecordOrigin origin) {
    String element = xml.getLocalName();
    String type = xml.getAttributeValue(null, "type");
    if (!"Record".equals(element) || type == null || !AppleHealthTypes.stored(type)) {
      sink.skip(origin, "Record".equals(element) && type != null ? type : element);
      return;
    }
    try {
      DeviceReading reading =
          AppleHealthTypes.reading(
              patient,
              type,
              xml.getAttributeValue(null, "unit"),
              xml.getAttributeValue(null, "value"),
              time(xml, "startDate"),
              time(xml, "endDate"),
              xml.getAttributeValue(null, "sourceName"),
              hardware(xml.getAttributeValue(null, "device")));
      if (reading == null) {
        sink.skip(origin, type + " (in bed or awake)");
      } else {
        sink.store(origin, "AppleHealth " + type, List.of(reading.row()));
      }
    } catch (IllegalArgumentException e) {
      sink.quarantine(origin, "AppleHealth " + type, null, e.getMessage(), rawText(xml));
    }
  }

  private static LocalDateTime time(XMLStreamReader xml, String attribute) {
    String text = xml.getAttributeValue(null, attribute);
    if (text == null) {
      throw new IllegalArgumentException("the Record has no " + attribute);
    }
    try {
      return OffsetDateTime.parse(text, EXPORT_TIME)
          .withOffsetSameInstant(ZoneOffset.UTC)
          .toLocalDateTime();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          attribute + " '" + text + "' is not a time of the form 2024-01-31 08:15:00 +0100");
    }
  }

  private static String hardware(String device) {
    if (device == null) {
      return null;
    }
    Matcher m = HARDWARE.matcher(device);
    return m.find() ? m.group(1).strip() : null;
  }

  /** The element as it was written, attributes in order, for quarantine. */
  private static String rawText(XMLStreamReader xml) {
    StringBuilder b = new StringBuilder("<").append(xml.getLocalName());
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      b.append(' ').append(xml.getAttributeLocalName(i)).append("=\"");
      b.append(xml.getAttributeValue(i)).append('"');
    }
    return b.append("/>").toString();
  }

  private static long lineOf(XMLStreamException e) {
    return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
  }

  private static String firstLine(String message) {
    String m = message == null ? "" : message;
    int nl = m.indexOf('\n');
    String last = nl >= 0 ? m.substring(m.lastIndexOf('\n') + 1) : m;
    return last.isBlank() ? m.strip() : last.strip();
  }
}
