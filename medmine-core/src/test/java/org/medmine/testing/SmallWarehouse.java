package org.medmine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.medmine.TestPopulations;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.warehouse.Warehouse;

/**
 * The shared 20-patient population ({@link TestPopulations#small()}) ingested from FHIR once per
 * test JVM; each caller gets its own copy of the warehouse file, so tests that plant data do not
 * disturb each other.
 */
public final class SmallWarehouse {
  private static Path master;

  private SmallWarehouse() {}

  /** A fresh copy of the ingested warehouse at {@code dir/name}, opened. */
  public static synchronized Warehouse copy(Path dir, String name) {
    try {
      if (master == null) {
        Path tmp = Files.createTempDirectory("medmine-small-warehouse");
        Path file = tmp.resolve("small.duckdb");
        try (Warehouse w = Warehouse.open(file)) {
          Ingestor.ingest(
              w,
              new IngestOptions(List.of(TestPopulations.small().fhirDir()), "synthea", null),
              IngestListener.NONE);
        }
        tmp.toFile().deleteOnExit();
        file.toFile().deleteOnExit();
        master = file;
      }
      Path target = dir.resolve(name);
      Files.copy(master, target, StandardCopyOption.REPLACE_EXISTING);
      return Warehouse.open(target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
