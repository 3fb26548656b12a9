package org.medmine.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an ingest run records about itself in {@code ingest_run}.
 *
 * @param format the input format ({@code fhir}, {@code synthea-csv}, {@code parquet})
 * @param inputs the paths the user gave
 * @param startedAt when the run began
 * @param files how many files it read
 * @param bytes how many bytes it read
 * @param version the medmine version
 */
public record RunRecord(
    String format, String inputs, Instant startedAt, long files, long bytes, String version) {

  /** Records a finished run in {@code ingest_run}, inside the caller's transaction. */
  public void insert(Connection c, String runId, String source, WarehouseLoader.Counts counts)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO ingest_run VALUES (?, ?, ?, ?, ?, ?, 'committed', ?, ?, ?, ?, ?, ?, ?, ?)")) {
      p.setString(1, runId);
      p.setString(2, source);
      p.setString(3, format);
      p.setString(4, inputs);
      p.setTimestamp(5, utc(startedAt));
      p.setTimestamp(6, utc(Instant.now()));
      p.setLong(7, files);
      p.setLong(8, bytes);
      p.setLong(9, counts.read());
      p.setLong(10, counts.stored());
      p.setLong(11, counts.quarantined());
      p.setLong(12, counts.skipped());
      p.setString(13, json(counts.skippedByType()));
      p.setString(14, version);
      p.executeUpdate();
    }
  }

  private static Timestamp utc(Instant i) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
  }

  private static String json(Map<String, Long> m) {
    return new java.util.TreeMap<>(m)
        .entrySet().stream()
            .map(e -> "\"" + e.getKey().replace("\"", "") + "\":" + e.getValue())
            .collect(Collectors.joining(",", "{", "}"));
  }
}
