package org.medmine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The ceiling of any path built on DuckDB's CSV reader: DuckDB loads every CSV file that medmine's
 * Synthea reader reads into a table of VARCHAR columns in a fresh database file, and does nothing
 * else (no types, no mapping, no ids, no rejects), commit and checkpoint inside the clock.
 * medmine's native CSV path does this and its mapping, so it cannot be faster than this leg.
 */
final class DuckDbCsvLoadLeg {
  private DuckDbCsvLoadLeg() {}

  static LegResult run(BenchPopulation population, Path work, ResourceMeter meter)
      throws IOException, SQLException {
    List<Path> files = population.csvFiles();
    Files.createDirectories(work);
    Path db = work.resolve("duckdb-csv-load.duckdb");
    Files.deleteIfExists(db);
    Files.deleteIfExists(work.resolve("duckdb-csv-load.duckdb.wal"));
    meter.start();
    long records = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      int t = 0;
      for (Path f : files) {
        String table = "t" + t++;
        s.execute(
            "CREATE TABLE "
                + table
                + " AS SELECT * FROM read_csv('"
                + f.toString().replace("'", "''")
                + "', header = true, all_varchar = true)");
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
          rs.next();
          records += rs.getLong(1);
        }
      }
      s.execute("CHECKPOINT");
    }
    meter.stop();
    return new LegResult(
        "duckdb-csv-load",
        "ok",
        BenchPopulation.bytes(files),
        records,
        meter.seconds(),
        meter.cpuSeconds(),
        ResourceMeter.peakHeapMib(),
        ResourceMeter.peakRssMib(),
        Map.of("files", files.size()));
  }
}
