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
 * @param timeZone the zone of HL7 v2 and Fitbit date/times that carry no offset (the sender's local
 *     time); UTC when null
 * @param patient the patient a device export belongs to (Apple Health, Fitbit: the exports name
 *     none); null for other formats
 */
public record IngestOptions(
    List<Path> inputs,
    String source,
    InputFormat format,
    CsvReading csvReading,
    PausePoint pause,
    ZoneId timeZone,
    String patient) {
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

  /** What to ingest, belonging to no one patient. */
  public IngestOptions(
      List<Path> inputs,
      String source,
      InputFormat format,
      CsvReading csvReading,
      PausePoint pause,
      ZoneId timeZone) {
    this(inputs, source, format, csvReading, pause, timeZone, null);
  }

  /** These options with device exports belonging to {@code patientId}. */
  public IngestOptions withPatient(String patientId) {
    return new IngestOptions(inputs, source, format, csvReading, pause, timeZone, patientId);
  }

  /** These options with Synthea CSV read by {@code reading}. */
  public IngestOptions withCsvReading(CsvReading reading) {
    return new IngestOptions(inputs, source, format, reading, pause, timeZone, patient);
  }

  /** These options stopping at {@code p}. */
  public IngestOptions withPause(PausePoint p) {
    return new IngestOptions(inputs, source, format, csvReading, p, timeZone, patient);
  }

  /**
   * The time zone a user names (a region such as America/New_York, UTC, or an offset such as
   * +02:00), or an {@link IllegalArgumentException} whose message says how to name one.
   */
  public static ZoneId timeZoneNamed(String value) {
    try {
      return ZoneId.of(value);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException(
          "'"
              + value
              + "' is not a time zone: use a region such as America/New_York, or UTC, or an offset"
              + " such as +02:00",
          e);
    }
  }

  /** The formats medmine reads. */
  public enum InputFormat {
    AUTO,
    FHIR,
    SYNTHEA_CSV,
    /** HL7 v2 messages ({@code .hl7} files, MLLP-framed or not, batches). */
    HL7V2,
    /** An Apple Health {@code export.xml} of one patient (needs the patient). */
    APPLE_HEALTH,
    /** A Fitbit account export's JSON files of one patient (needs the patient). */
    FITBIT,
    /** DICOM Part 10 files (headers only), into {@code imaging_study}. */
    DICOM;

    /** Whether this is a device export, which belongs to one patient named at ingest. */
    public boolean device() {
      return this == APPLE_HEALTH || this == FITBIT;
    }

    /**
     * The format a user names (auto, fhir, synthea-csv or csv, hl7v2 or hl7, apple-health, fitbit,
     * dicom, in any case), or an {@link IllegalArgumentException} whose message says which names
     * there are.
     */
    public static InputFormat named(String value) {
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "auto" -> AUTO;
        case "fhir" -> FHIR;
        case "synthea-csv", "csv" -> SYNTHEA_CSV;
        case "hl7v2", "hl7" -> HL7V2;
        case "apple-health" -> APPLE_HEALTH;
        case "fitbit" -> FITBIT;
        case "dicom" -> DICOM;
        default ->
            throw new IllegalArgumentException(
                "'"
                    + value
                    + "' is not an input format: use auto, fhir, synthea-csv, hl7v2, apple-health,"
                    + ", fitbit or dicom");
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
