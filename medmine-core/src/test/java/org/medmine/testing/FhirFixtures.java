package org.medmine.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/**
 * Hand-written FHIR R4 fixtures for ingestion tests: resources as JSON text, and Bundle, NDJSON and
 * gzip files written into a test folder, so that a test of a bad-input case reads like the case.
 */
public final class FhirFixtures {
  private final Path dir;

  /** Fixtures written into {@code dir} (usually a JUnit {@code @TempDir}). */
  public FhirFixtures(Path dir) {
    this.dir = dir;
  }

  /**
   * A Patient with a gender and a birth date, plus any {@code extraFields} (JSON members,
   * comma-led).
   */
  public static String patient(String id, String extraFields) {
    return "{\"resourceType\":\"Patient\",\"id\":\""
        + id
        + "\",\"gender\":\"female\""
        + extraFields
        + "}";
  }

  public static String patient(String id) {
    return patient(id, ",\"birthDate\":\"1970-05-04\"");
  }

  /**
   * A heart-rate Observation (LOINC 8867-4) of the patient with the given value[x] and other
   * members.
   */
  public static String heartRate(String id, String patientId, String valueFields) {
    return resource(
        "Observation",
        id,
        ",\"status\":\"final\",\"subject\":{\"reference\":\"Patient/"
            + patientId
            + "\"},"
            + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8867-4\","
            + "\"display\":\"Heart rate\"}]},\"effectiveDateTime\":\"2020-01-02T10:00:00Z\""
            + valueFields);
  }

  /** A heart rate of {@code bpm} beats per minute. */
  public static String heartRate(String id, String patientId, double bpm) {
    return heartRate(
        id,
        patientId,
        ",\"valueQuantity\":{\"value\":" + bpm + ",\"unit\":\"/min\",\"code\":\"/min\"}");
  }

  /** Any resource: {@code {"resourceType":type,"id":id <fields>}}; a null id leaves the id out. */
  public static String resource(String type, String id, String fields) {
    return "{\"resourceType\":\""
        + type
        + "\""
        + (id == null ? "" : ",\"id\":\"" + id + "\"")
        + fields
        + "}";
  }

  /**
   * Writes a collection Bundle whose entries hold the given resources (text used as is, even if
   * broken).
   */
  public Path bundle(String name, String... resources) {
    return write(name, bundleText(resources).getBytes(StandardCharsets.UTF_8));
  }

  /** The text of a collection Bundle of the resources, each in {@code {"resource": ...}}. */
  public static String bundleText(String... resources) {
    StringBuilder b =
        new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
    for (int i = 0; i < resources.length; i++) {
      b.append(i == 0 ? "\n" : ",\n").append("{\"resource\":").append(resources[i]).append('}');
    }
    return b.append("\n]}\n").toString();
  }

  /** Writes bulk-data NDJSON: one line per given text. */
  public Path ndjson(String name, String... lines) {
    return write(name, ndjsonText(lines).getBytes(StandardCharsets.UTF_8));
  }

  public static String ndjsonText(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  /** Writes raw bytes. */
  public Path write(String name, byte[] bytes) {
    try {
      Path f = dir.resolve(name);
      Files.createDirectories(f.getParent());
      return Files.write(f, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Concatenates byte arrays (to splice bytes that are not UTF-8 into a fixture). */
  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  public static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Gzips {@code data} (one member, default compression). */
  public static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The first {@code n} bytes, as a transfer cut short would leave them. */
  public static byte[] cut(byte[] data, int n) {
    return Arrays.copyOf(data, n);
  }
}
