package org.medmine.ingest.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The order in which a run reads its FHIR files: administrative files first (those whose first
 * resource is an Organization, Location, Practitioner or PractitionerRole, such as Synthea's {@code
 * hospitalInformation*} and {@code practitionerInformation*} bundles or a bulk export's {@code
 * Organization.ndjson}), then the rest, each group in the order given. Patients' records name their
 * practitioners and organizations by conditional reference ({@code Practitioner?identifier=...});
 * with the targets read first, the warehouse resolves those references as the rows are appended
 * instead of updating the rows after the run.
 */
public final class FhirFileOrder {
  /** Bytes read from the start of a file (decompressed) to find its first resource type. */
  static final int PEEK_BYTES = 8192;

  private static final Set<String> ADMINISTRATIVE =
      Set.of("Organization", "Location", "Practitioner", "PractitionerRole");
  private static final Pattern RESOURCE_TYPE =
      Pattern.compile("\"resourceType\"\\s*:\\s*\"([A-Za-z]+)\"");

  private FhirFileOrder() {}

  /**
   * The files with the administrative ones moved to the front; the order within each group is kept.
   */
  public static List<Path> administrativeFirst(List<Path> files) {
    List<Path> first = new ArrayList<>();
    List<Path> rest = new ArrayList<>();
    for (Path f : files) {
      (isAdministrative(f) ? first : rest).add(f);
    }
    first.addAll(rest);
    return first;
  }

  /**
   * Whether the first resource of the file (a Bundle's first entry, or the file itself) is
   * administrative.
   */
  static boolean isAdministrative(Path file) {
    String head;
    try (InputStream raw = Files.newInputStream(file);
        InputStream in =
            file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")
                ? new GZIPInputStream(raw)
                : raw) {
      head = new String(in.readNBytes(PEEK_BYTES), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return false; // the reader reports what is wrong with the file, in its turn
    }
    Matcher m = RESOURCE_TYPE.matcher(head);
    while (m.find()) {
      if (!"Bundle".equals(m.group(1))) {
        return ADMINISTRATIVE.contains(m.group(1));
      }
    }
    return false;
  }
}
