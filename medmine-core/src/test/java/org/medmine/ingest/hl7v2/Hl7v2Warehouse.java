package org.medmine.ingest.hl7v2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.IngestResult;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.warehouse.Warehouse;

/**
 * A warehouse file in a test's folder, into which tests ingest HL7 v2 files and which they query.
 */
final class Hl7v2Warehouse {
  private final Path dir;
  private final Path file;
  private int files;

  Hl7v2Warehouse(Path dir) {
    this.dir = dir;
    this.file = dir.resolve("w.duckdb");
  }

  Path file() {
    return file;
  }

  /** Writes the messages to a new .hl7 file (carriage returns) and ingests it. */
  IngestResult ingest(String... messages) {
    return ingestText(Hl7MessageBuilder.file("\r", messages));
  }

  IngestResult ingestText(String content) {
    return ingestBytes(content.getBytes(StandardCharsets.UTF_8));
  }

  IngestResult ingestBytes(byte[] content) {
    try {
      Path f = dir.resolve("feed-" + (++files) + ".hl7");
      Files.write(f, content);
      return ingestFile(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  IngestResult ingestFile(Path f) {
    try (Warehouse w = Warehouse.open(file)) {
      return Ingestor.ingest(
          w,
          new IngestOptions(List.of(f), "ghh", IngestOptions.InputFormat.AUTO),
          IngestListener.NONE);
    }
  }

  /** The rows a query returns, as column-to-value maps. */
  List<Map<String, Object>> rows(String sql) {
    try (Warehouse w = Warehouse.open(file);
        Statement s = w.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<Map<String, Object>> out = new ArrayList<>();
      ResultSetMetaData md = rs.getMetaData();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int c = 1; c <= md.getColumnCount(); c++) {
          Object v = rs.getObject(c);
          row.put(
              md.getColumnLabel(c),
              v instanceof java.sql.Timestamp t
                  ? t.toLocalDateTime().toString()
                  : v instanceof java.sql.Date d
                      ? d.toLocalDate().toString()
                      : v instanceof java.time.temporal.Temporal t ? t.toString() : v);
        }
        out.add(row);
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The single row a query returns. */
  Map<String, Object> row(String sql) {
    List<Map<String, Object>> r = rows(sql);
    if (r.size() != 1) {
      throw new AssertionError("expected one row from " + sql + ", got " + r);
    }
    return r.get(0);
  }

  long count(String sql) {
    return ((Number) row(sql).values().iterator().next()).longValue();
  }
}
