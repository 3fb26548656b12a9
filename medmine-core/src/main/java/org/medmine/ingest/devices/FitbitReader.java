package org.medmine.ingest.devices;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.medmine.ingest.progress.CountingInputStream;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.warehouse.RecordOrigin;
import org.medmine.warehouse.RecordSink;

/**
 * Streams the JSON files of a Fitbit account export ({@code Physical Activity/}: {@code
 * heart_rate-*.json}, {@code resting_heart_rate-*.json}, {@code steps-*.json}, {@code
 * very_active_minutes-*.json}, {@code moderately_active_minutes-*.json}, {@code sleep-*.json}) into
 * a {@link RecordSink}, entry by entry; the kind of a file is told by its name (see {@link
 * FitbitEntries}). Fitbit writes local times without an offset, read in the zone given at ingest. A
 * malformed entry is quarantined with its index and the reason; malformed JSON ends the file.
 */
public final class FitbitReader {
  private final RecordSink sink;
  private final IngestListener listener;
  private final FitbitEntries entries;
  private final ObjectMapper json = new ObjectMapper();

  /** A reader of exports that all belong to {@code patient}, local times in {@code zone}. */
  public FitbitReader(RecordSink sink, IngestListener listener, String patient, ZoneId zone) {
    this.sink = sink;
    this.listener = listener;
    this.entries = new FitbitEntries(patient, zone);
  }

  /** Whether a file name is one of the export's JSON files that medmine reads. */
  public static boolean accepts(String name) {
    return FitbitEntries.kindOf(name) != null;
  }

  /** Reads one file; {@code name} is how positions and quarantine entries refer to it. */
  public void read(Path file, String name) throws IOException {
    String kind = FitbitEntries.kindOf(Path.of(name).getFileName().toString());
    if (kind == null) {
      sink.quarantine(
          RecordOrigin.wholeFile(name),
          null,
          null,
          "not a Fitbit export file medmine reads (heart_rate-, resting_heart_rate-, steps-,"
              + " very_active_minutes-, moderately_active_minutes- or sleep-*.json)",
          "");
      return;
    }
    long index = 0;
    try (CountingInputStream counted =
            new CountingInputStream(Files.newInputStream(file), listener);
        InputStream in = new java.io.BufferedInputStream(counted, 1 << 16);
        JsonParser p = json.getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        sink.quarantine(
            RecordOrigin.wholeFile(name), null, null, "the file is not a JSON array", "");
        return;
      }
      while (p.nextToken() == JsonToken.START_OBJECT) {
        JsonNode entry = json.readTree(p);
        entry(kind, entry, new RecordOrigin(name, index++, "entry"));
      }
      counted.flushProgress();
    } catch (IOException e) {
      sink.quarantine(
          new RecordOrigin(name, index, "entry"),
          "Fitbit " + kind,
          null,
          "malformed JSON: "
              + e.getMessage().split("\n")[0]
              + "; the rest of the file was not read",
          "");
      index++;
    }
    listener.advanced(0, index);
  }

  private void entry(String kind, JsonNode entry, RecordOrigin origin) {
    String type = "Fitbit " + kind;
    try {
      DeviceReading reading = entries.reading(kind, entry);
      if (reading == null) {
        sink.skip(origin, type + " (no measurement)");
      } else {
        sink.store(origin, type, List.of(reading.row()));
      }
    } catch (IllegalArgumentException e) {
      sink.quarantine(origin, type, null, e.getMessage(), entry.toString());
    }
  }
}
