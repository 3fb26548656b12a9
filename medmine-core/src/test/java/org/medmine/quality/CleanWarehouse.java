package org.medmine.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.medmine.TestPopulations;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.warehouse.Warehouse;

/**
 * The clean warehouse the quality tests corrupt and duplicate: by default the shared 20-patient
 * Synthea population (seed 42) ingested from FHIR once per test JVM. With {@code
 * -Dmedmine.quality.population=DIR} (a Synthea population folder holding {@code fhir/}, e.g. the
 * 1,000-patient bench population) the same tests measure on that population instead; its warehouse
 * is then kept beside the test cache and reused. Each test works on its own copy of the file.
 */
final class CleanWarehouse {
  private static Path file;

  private CleanWarehouse() {}

  /** A fresh copy of the clean warehouse at {@code target}. */
  static synchronized Path copyTo(Path target) {
    try {
      if (file == null) {
        file = build();
      }
      Files.copy(file, target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of patients in the clean warehouse, for scaling how many errors to inject. */
  static long patients(Warehouse w) throws SQLException {
    try (Statement s = w.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM patient")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Path build() throws IOException {
    String population = System.getProperty("medmine.quality.population");
    Path fhir;
    Path f;
    if (population != null && !population.isBlank()) {
      Path root = Path.of(population);
      fhir = root.resolve("fhir");
      Files.createDirectories(TestPopulations.cacheDir());
      f = TestPopulations.cacheDir().resolve("quality-" + root.getFileName() + ".duckdb");
      if (Files.exists(f)) {
        return f;
      }
    } else {
      fhir = TestPopulations.small().fhirDir();
      Path dir = Files.createTempDirectory("medmine-quality-clean");
      dir.toFile().deleteOnExit();
      f = dir.resolve("clean.duckdb");
      f.toFile().deleteOnExit();
    }
    Path partial = f.resolveSibling(f.getFileName() + ".partial");
    Files.deleteIfExists(partial);
    try (Warehouse w = Warehouse.open(partial)) {
      Ingestor.ingest(w, new IngestOptions(List.of(fhir), "synthea", null), IngestListener.NONE);
    }
    Files.move(partial, f);
    return f;
  }
}
