package org.medmine.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.medmine.TestPopulations;
import org.medmine.ingest.IngestListener;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.Ingestor;
import org.medmine.warehouse.Warehouse;

/**
 * The shared 20-patient Synthea population (seed 42) ingested from FHIR into a warehouse once per test JVM;
 * each test works on its own copy of the file.
 */
final class CleanWarehouse {
  private static Path file;

  private CleanWarehouse() {}

  /** A fresh copy of the clean warehouse at {@code target}. */
  static synchronized Path copyTo(Path target) {
    try {
      if (file == null) {
        Path dir = Files.createTempDirectory("medmine-quality-clean");
        dir.toFile().deleteOnExit();
        Path f = dir.resolve("clean.duckdb");
        try (Warehouse w = Warehouse.open(f)) {
          Ingestor.ingest(w, new IngestOptions(List.of(TestPopulations.small().fhirDir()), "synthea", null), IngestListener.NONE);
        }
        f.toFile().deleteOnExit();
        file = f;
      }
      Files.copy(file, target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
