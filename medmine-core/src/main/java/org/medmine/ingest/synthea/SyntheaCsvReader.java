package org.medmine.ingest.synthea;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medmine.ingest.IngestListener;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.RecordSink;

/**
 * Reads Synthea's CSV export (one folder: patients.csv, encounters.csv, ...) into the same tables as FHIR.
 */
public final class SyntheaCsvReader {
  /** The files of Synthea's CSV export that medmine reads, in load order. */
  public static final List<String> FILES =
      List.of(
          "patients.csv", "organizations.csv", "providers.csv", "payers.csv", "encounters.csv", "conditions.csv",
          "observations.csv", "medications.csv", "procedures.csv", "immunizations.csv", "allergies.csv",
          "devices.csv", "imaging_studies.csv", "careplans.csv", "claims.csv", "claims_transactions.csv");

  private final RecordSink sink;
  private final IngestListener listener;

  public SyntheaCsvReader(RecordSink sink, IngestListener listener) {
    this.sink = sink;
    this.listener = listener;
  }

  /** The CSV files this reader will read from {@code dir}. */
  public List<Path> files(Path dir) {
    if (!Files.isDirectory(dir) || !Files.isRegularFile(dir.resolve("patients.csv"))) {
      throw new MedmineUserException(dir + " is not a Synthea CSV export (no patients.csv): give the csv folder.");
    }
    List<Path> out = new ArrayList<>();
    for (String f : FILES) {
      if (Files.isRegularFile(dir.resolve(f))) {
        out.add(dir.resolve(f));
      }
    }
    return out;
  }

  /** Reads every file of {@link #files}. */
  public void read(Path dir) throws IOException {
    throw new MedmineUserException("Synthea CSV ingestion is not available yet in this build.");
  }

  RecordSink sink() {
    return sink;
  }

  IngestListener listener() {
    return listener;
  }
}
