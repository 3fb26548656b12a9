package org.medmine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.IngestOptions.CsvReading;
import org.medmine.ingest.IngestOptions.InputFormat;
import org.medmine.ingest.IngestResult;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.Warehouse;

/**
 * medmine itself: a full ingest of the population's FHIR or CSV folder into a fresh DuckDB
 * warehouse, timed from opening the warehouse to closing it (so the commit and DuckDB's checkpoint
 * are inside the clock), through the same {@link Ingestor} API as {@code medmine ingest}.
 */
final class MedmineIngestLeg {
  private MedmineIngestLeg() {}

  static LegResult run(
      String leg, InputFormat format, BenchPopulation population, Path work, ResourceMeter meter)
      throws IOException {
    Path input = format == InputFormat.SYNTHEA_CSV ? population.csvDir() : population.fhirDir();
    Files.createDirectories(work);
    Path db = work.resolve(leg + ".duckdb");
    Files.deleteIfExists(db);
    Files.deleteIfExists(work.resolve(leg + ".duckdb.wal"));
    // the user's switch, as medmine ingest reads it (BENCH_JAVA_OPTS=-Dmedmine.csv.native=false:
    // the Java reader)
    IngestOptions options =
        new IngestOptions(List.of(input), "bench", format)
            .withCsvReading(CsvReading.fromSwitch(System.getProperty(CsvReading.SWITCH)));
    FileLaps laps = new FileLaps();
    warmUpDuckDb();
    meter.start();
    long t0 = System.nanoTime();
    IngestResult result;
    try (Warehouse warehouse = Warehouse.open(db)) {
      result = Ingestor.ingest(warehouse, options, laps);
    } catch (MedmineUserException e) {
      return LegResult.unavailable(leg, "not available (" + e.getMessage() + ")");
    }
    meter.stop();
    long t1 = System.nanoTime();
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("read_seconds", laps.merging == 0 ? null : (laps.merging - t0) / 1e9);
    extra.put("merge_and_close_seconds", laps.merging == 0 ? null : (t1 - laps.merging) / 1e9);
    extra.put("seconds_and_cpu_seconds_per_file", laps.perFile);
    extra.put("files", result.files());
    extra.put("stored", result.stored());
    extra.put("quarantined", result.quarantined());
    extra.put("skipped", result.skipped());
    extra.put("skipped_by_type", result.skippedByType());
    extra.put("warehouse_bytes", Files.size(db));
    extra.put("max_heap_mib", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    extra.put("heap_pool_peaks_sum_mib", ResourceMeter.heapPoolPeaksSumMib());
    return new LegResult(
        leg,
        "ok",
        result.bytes(),
        result.read(),
        meter.seconds(),
        meter.cpuSeconds(),
        ResourceMeter.peakHeapMib(),
        ResourceMeter.peakRssMib(),
        extra);
  }

  /**
   * Times each file of a run: seconds and CPU seconds from the start of each file to the start of
   * the next (the last: to merging), by file name; and when merging began ({@link System#nanoTime},
   * 0 if it never did).
   */
  private static final class FileLaps implements IngestListener {
    final Map<String, List<Double>> perFile = new LinkedHashMap<>();
    long merging;
    private String current;
    private long lapNanos;
    private long lapCpuNanos;

    @Override
    public void fileStarted(String file, long bytes) {
      lap(Path.of(file).getFileName().toString());
    }

    @Override
    public void merging() {
      merging = System.nanoTime();
      lap(null);
    }

    private void lap(String next) {
      long now = System.nanoTime();
      long cpu = ResourceMeter.processCpuNanos();
      if (current != null) {
        perFile.put(current, List.of((now - lapNanos) / 1e9, (cpu - lapCpuNanos) / 1e9));
      }
      current = next;
      lapNanos = now;
      lapCpuNanos = cpu;
    }
  }

  /**
   * Loads DuckDB's native library (extracted from its jar on first use) before the clock starts, as
   * the HAPI leg builds its FhirContext first: both are start-up costs, not throughput.
   */
  private static void warmUpDuckDb() {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SELECT 1");
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB does not start", e);
    }
  }
}
