package org.medmine.ingest;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What to ingest.
 *
 * @param inputs files and folders to read
 * @param source the name rows are stored under (rows are identified by source and id)
 * @param format {@link InputFormat#AUTO} to tell by the files
 * @param timeZone the zone of HL7 v2 date/times that carry no offset (the sender's local time); UTC when null
 */
public record IngestOptions(List<Path> inputs, String source, InputFormat format, ZoneId timeZone) {
  public static final String DEFAULT_SOURCE = "default";

  public IngestOptions {
    inputs = List.copyOf(inputs);
    source = source == null || source.isBlank() ? DEFAULT_SOURCE : source;
    format = format == null ? InputFormat.AUTO : format;
    timeZone = timeZone == null ? ZoneOffset.UTC : timeZone;
  }

  /** Options whose HL7 v2 times without an offset are UTC. */
  public IngestOptions(List<Path> inputs, String source, InputFormat format) {
    this(inputs, source, format, null);
  }

  /** The formats medmine reads. */
  public enum InputFormat {
    AUTO,
    FHIR,
    SYNTHEA_CSV,
    /** HL7 v2 messages ({@code .hl7} files, MLLP-framed or not, batches). */
    HL7V2
  }
}
