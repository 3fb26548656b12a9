package org.medmine.apps.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.IngestResult;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.warehouse.Warehouse;

/**
 * A feed of HL7 v2.5.1 ADT messages written in the domain's words, for the census's tests: {@code
 * feed.event("A04", "P1", "V1", "E", "ED^1^^GHH", "202403010800")}; {@link #ingestInto} writes them
 * to a {@code .hl7} file and ingests it, as {@code medmine ingest} does (source {@code ghh}).
 */
final class AdtFeed {
  private final List<String> messages = new ArrayList<>();

  /**
   * An ADT event of patient {@code patient} (PID-3, named DOE^{@code patient}) on visit {@code
   * visit} (PV1-19), class {@code patientClass} (PV1-2) at {@code location} (PV1-3) at {@code at}
   * (EVN-6, YYYYMMDDHHMM).
   */
  AdtFeed event(
      String event, String patient, String visit, String patientClass, String location, String at) {
    String control = "C" + (messages.size() + 1);
    messages.add(
        "MSH|^~\\&|ADT1|GHH|MEDMINE|GHH|"
            + at
            + "||ADT^"
            + event
            + "|"
            + control
            + "|P|2.5.1\r"
            + "EVN|"
            + event
            + "|"
            + at
            + "||||"
            + at
            + "\r"
            + "PID|1||"
            + patient
            + "^^^GHH^MR||DOE^"
            + patient
            + "\r"
            + "PV1|1|"
            + patientClass
            + "|"
            + location
            + "|".repeat(16)
            + visit
            + "\r");
    return this;
  }

  /** The messages, one after the other. */
  String text() {
    return String.join("", messages);
  }

  int size() {
    return messages.size();
  }

  /** Writes the feed to {@code dir}/feed.hl7 and ingests it into the warehouse {@code file}. */
  IngestResult ingestInto(Path dir, Path file) {
    try {
      Path f = Files.createTempFile(dir, "feed", ".hl7");
      Files.writeString(f, text(), StandardCharsets.UTF_8);
      try (Warehouse w = Warehouse.open(file)) {
        return Ingestor.ingest(
            w,
            new IngestOptions(List.of(f), "ghh", IngestOptions.InputFormat.AUTO),
            IngestListener.NONE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
