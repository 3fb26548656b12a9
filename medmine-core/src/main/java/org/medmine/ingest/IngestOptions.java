package org.medmine.ingest;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.medmine.warehouse.PausePoint;

/**
 * What to ingest, and how.
 *
 * @param inputs files and folders to read
 * @param source the name rows are stored under (rows are identified by source and id)
 * @param format {@link InputFormat#AUTO} to tell by the files
 * @param csvReading which reader reads Synthea CSV ({@link CsvReading#NATIVE} unless the front end
 *     says otherwise)
 * @param pause where a crash-safety test stops the run ({@link PausePoint#NONE} outside those
 *     tests)
 * @param timeZone the zone of HL7 v2 date/times that carry no offset (the sender's local time); UTC
 *     when null
 */
public record IngestOptions(
    List<Path> inputs,
    String source,
    InputFormat format,
    CsvReading csvReading,
    PausePoint pause,
    ZoneId timeZone) {
  public static final String DEFAULT_SOURCE = "default";

  public IngestOptions {
    inputs = List.copyOf(inputs);
    source = source == null || source.isBlank() ? DEFAULT_SOURCE : source;
    format = format == null ? InputFormat.AUTO : format;
    csvReading = csvReading == null ? CsvReading.NATIVE : csvReading;
    pause = Objects.requireNonNullElse(pause, PausePoint.NONE);
    timeZone = timeZone == null ? ZoneOffset.UTC : timeZone;
  }

  /** What to ingest, read the default way (HL7 v2 times without an offset are UTC). */
  public IngestOptions(List<Path> inputs, String source, InputFormat format) {
    this(inputs, source, format, CsvReading.NATIVE, PausePoint.NONE, null);
  }

  /** These options with Synthea CSV read by {@code reading}. */
  public IngestOptions withCsvReading(CsvReading reading) {
    return new IngestOptions(inputs, source, format, reading, pause, timeZone);
  }

  /** These options stopping at {@code p}. */
  public IngestOptions withPause(PausePoint p) {
    return new IngestOptions(inputs, source, format, csvReading, p, timeZone);
  }

  /**
   * The time zone a front end names ({@code UTC}, {@code America/New_York}, {@code +02:00}), or
   * null for none; else a user error.
   */
  public static ZoneId zone(String id) {
    try {
      return id == null ? null : ZoneId.of(id);
    } catch (java.time.DateTimeException e) {
      throw new org.medmine.model.MedmineUserException(
          "'"
              + id
              + "' is not a time zone: use a region such as America/New_York, or UTC, or an offset"
              + " such as +02:00.",
          e);
    }
  }

  /** The formats medmine reads. */
  public enum InputFormat {
    AUTO,
    FHIR,
    SYNTHEA_CSV,
    /** HL7 v2 messages ({@code .hl7} files, MLLP-framed or not, batches). */
    HL7V2;

    /**
     * The format a front end names: {@code auto}, {@code fhir}, {@code synthea-csv} (or {@code
     * csv}), {@code hl7v2} (or {@code hl7}), in any case; else a user error.
     */
    public static InputFormat parse(String name) {
      return switch (name.toLowerCase(Locale.ROOT)) {
        case "auto" -> AUTO;
        case "fhir" -> FHIR;
        case "synthea-csv", "csv" -> SYNTHEA_CSV;
        case "hl7v2", "hl7" -> HL7V2;
        default ->
            throw new org.medmine.model.MedmineUserException(
                "'" + name + "' is not an input format: use auto, fhir, synthea-csv or hl7v2.");
      };
    }
  }

  /**
   * Which reader reads Synthea CSV (see {@link org.medmine.ingest.synthea.SyntheaCsvNativeReader}
   * for when the native path hands over to the Java reader). Front ends take it from the user's
   * switch {@value #SWITCH}.
   */
  public enum CsvReading {
    /**
     * DuckDB reads and maps the files, the Java reader where that path refuses the input or cannot
     * serve.
     */
    NATIVE,
    /** The Java reader ({@link org.medmine.ingest.synthea.SyntheaCsvReader}) only. */
    JAVA,
    /**
     * DuckDB only: a refusal fails the run (for tests that prove the native path handles a case).
     */
    NATIVE_STRICT;

    /**
     * The system property front ends read the switch from ({@code false}, {@code strict}, else the
     * default).
     */
    public static final String SWITCH = "medmine.csv.native";

    /**
     * The reading the switch's {@code value} names: {@code false}, {@code strict}, anything else
     * (or null) native.
     */
    public static CsvReading fromSwitch(String value) {
      String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
      return switch (v) {
        case "false" -> JAVA;
        case "strict" -> NATIVE_STRICT;
        default -> NATIVE;
      };
    }
  }
}
