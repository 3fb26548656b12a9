package org.medmine.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The CSV floor: FastCSV reads every field of every CSV file that medmine's Synthea reader reads,
 * and nothing else is done with them (each field's length is summed so that the work cannot be
 * skipped).
 */
final class FastCsvFieldsLeg {
  private FastCsvFieldsLeg() {}

  static LegResult run(BenchPopulation population, ResourceMeter meter) throws IOException {
    List<Path> files = population.csvFiles();
    meter.start();
    long records = 0;
    long fields = 0;
    long chars = 0;
    for (Path f : files) {
      try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(f)) {
        boolean header = true;
        for (CsvRecord r : reader) {
          int n = r.getFieldCount();
          for (int i = 0; i < n; i++) {
            chars += r.getField(i).length();
          }
          if (header) {
            header = false;
          } else {
            records++;
            fields += n;
          }
        }
      }
    }
    meter.stop();
    return new LegResult(
        "fastcsv-fields",
        "ok",
        BenchPopulation.bytes(files),
        records,
        meter.seconds(),
        meter.cpuSeconds(),
        ResourceMeter.peakHeapMib(),
        ResourceMeter.peakRssMib(),
        Map.of("files", files.size(), "fields", fields, "chars", chars));
  }
}
