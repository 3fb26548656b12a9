package org.medmine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.ingest.IngestListener;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.IngestOptions.InputFormat;
import org.medmine.ingest.IngestResult;
import org.medmine.ingest.Ingestor;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.Warehouse;

/**
 * medmine itself: a full ingest of the population's FHIR or CSV folder into a fresh DuckDB warehouse, timed
 * from opening the warehouse to closing it (so the commit and DuckDB's checkpoint are inside the clock),
 * through the same {@link Ingestor} API as {@code medmine ingest}.
 */
final class MedmineIngestLeg {
  private MedmineIngestLeg() {}

  static LegResult run(String leg, InputFormat format, BenchPopulation population, Path work, ResourceMeter meter)
      throws IOException {
    Path input = format == InputFormat.SYNTHEA_CSV ? population.csvDir() : population.fhirDir();
    Files.createDirectories(work);
    Path db = work.resolve(leg + ".duckdb");
    Files.deleteIfExists(db);
    Files.deleteIfExists(work.resolve(leg + ".duckdb.wal"));
    IngestResult result;
    meter.start();
    try (Warehouse warehouse = Warehouse.open(db)) {
      result = Ingestor.ingest(warehouse, new IngestOptions(List.of(input), "bench", format), IngestListener.NONE);
    } catch (MedmineUserException e) {
      return LegResult.unavailable(leg, "not available (" + e.getMessage() + ")");
    }
    meter.stop();
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("files", result.files());
    extra.put("stored", result.stored());
    extra.put("quarantined", result.quarantined());
    extra.put("skipped", result.skipped());
    extra.put("skipped_by_type", result.skippedByType());
    extra.put("warehouse_bytes", Files.size(db));
    extra.put("max_heap_mib", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    return new LegResult(leg, "ok", result.bytes(), result.read(), meter.seconds(), meter.cpuSeconds(),
        ResourceMeter.peakHeapMib(), ResourceMeter.peakRssMib(), extra);
  }
}
