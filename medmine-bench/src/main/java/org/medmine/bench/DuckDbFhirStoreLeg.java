package org.medmine.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.medmine.warehouse.BenchRowBatches;

/**
 * What storing medmine's FHIR rows costs DuckDB alone, with no JSON read at all: the legs copy the
 * tables of the warehouse the {@code medmine-fhir} leg wrote (it must have run first, into the same
 * work folder) into a fresh database file, in one transaction, commit and checkpoint inside the
 * clock. Two ways:
 *
 * <ul>
 *   <li>{@code duckdb-fhir-insert}: DuckDB copies the rows itself ({@code INSERT INTO t SELECT *
 *       FROM src.t}), the engine's floor;
 *   <li>{@code duckdb-fhir-append}: the rows are read into Java first, {@value #BLOCK_ROWS} at a
 *       time outside the clock, and handed to DuckDB through its Java Appender, as medmine's loader
 *       does on a first load (the clock runs only while appending, committing and checkpointing);
 *   <li>{@code duckdb-fhir-function}: the same blocks of rows, inserted through the loader's own
 *       table function ({@code RowBatch}, one {@code INSERT} per block), which fills each 2,048-row
 *       chunk column by column, the strings of a column in one native call.
 * </ul>
 *
 * <p>Bytes are the FHIR input's, so that MB/s says how fast the population could be ingested if
 * storing its rows were the only work: with Jackson's token pass, a lower bound on medmine-fhir's
 * time (see {@link BenchReport}).
 */
final class DuckDbFhirStoreLeg {
  static final int BLOCK_ROWS = 50_000;

  private DuckDbFhirStoreLeg() {}

  static LegResult run(String leg, BenchPopulation population, Path work, ResourceMeter meter)
      throws IOException, SQLException {
    Path source = work.resolve("medmine-fhir.duckdb");
    if (!Files.exists(source)) {
      return LegResult.unavailable(
          leg, "needs the medmine-fhir leg's warehouse: run medmine-fhir first");
    }
    Path db = work.resolve(leg + ".duckdb");
    Files.deleteIfExists(db);
    Files.deleteIfExists(work.resolve(leg + ".duckdb.wal"));
    long bytes = BenchPopulation.bytes(population.fhirFiles());
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection src = DriverManager.getConnection("jdbc:duckdb:" + source, readOnly);
        Connection dst = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = dst.createStatement()) {
      Map<String, String> tables = tablesWithRows(src);
      for (String ddl : tables.values()) {
        s.execute(ddl);
      }
      return switch (leg) {
        case "duckdb-fhir-insert" -> insert(leg, source, tables, dst, s, bytes, meter);
        case "duckdb-fhir-function" -> throughFunction(leg, src, tables, dst, s, bytes);
        default -> append(leg, src, tables, dst, bytes);
      };
    }
  }

  /** The tables holding rows, with the statement that creates each. */
  private static Map<String, String> tablesWithRows(Connection src) throws SQLException {
    Map<String, String> tables = new LinkedHashMap<>();
    try (Statement s = src.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name, sql FROM duckdb_tables() WHERE estimated_size > 0 ORDER BY table_name")) {
      while (rs.next()) {
        tables.put(rs.getString(1), rs.getString(2));
      }
    }
    return tables;
  }

  private static LegResult insert(
      String leg,
      Path source,
      Map<String, String> tables,
      Connection dst,
      Statement s,
      long bytes,
      ResourceMeter meter)
      throws SQLException {
    s.execute("ATTACH '" + source.toString().replace("'", "''") + "' AS src (READ_ONLY)");
    meter.start();
    dst.setAutoCommit(false);
    long rows = 0;
    for (String t : tables.keySet()) {
      rows += s.executeUpdate("INSERT INTO " + t + " SELECT * FROM src." + t);
    }
    dst.commit();
    dst.setAutoCommit(true);
    s.execute("CHECKPOINT");
    meter.stop();
    return new LegResult(
        leg,
        "ok",
        bytes,
        rows,
        meter.seconds(),
        meter.cpuSeconds(),
        ResourceMeter.peakHeapMib(),
        ResourceMeter.peakRssMib(),
        Map.of("tables", tables.size()));
  }

  private static LegResult append(
      String leg, Connection src, Map<String, String> tables, Connection dst, long bytes)
      throws SQLException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    DuckDBConnection duck = dst.unwrap(DuckDBConnection.class);
    DuckDBAppender[] appender = {null};
    long[] threadCpu = {0};
    BlockStore viaAppender =
        (table, md, block, last) -> {
          long t0 = threads.getCurrentThreadCpuTime();
          if (appender[0] == null) {
            appender[0] = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
          }
          for (Object[] r : block) {
            appender[0].beginRow();
            for (Object v : r) {
              appendValue(appender[0], v);
            }
            appender[0].endRow();
          }
          if (last) {
            appender[0].close(); // flushes the rows it holds
            appender[0] = null;
          }
          threadCpu[0] += threads.getCurrentThreadCpuTime() - t0;
        };
    LegResult r = copyInBlocks(leg, src, tables, dst, bytes, viaAppender);
    Map<String, Object> extra = new LinkedHashMap<>(r.extra());
    extra.put("appending_thread_cpu_seconds", threadCpu[0] / 1e9);
    return new LegResult(
        r.leg(),
        r.status(),
        r.bytes(),
        r.records(),
        r.seconds(),
        r.cpuSeconds(),
        r.peakHeapMib(),
        r.peakRssMib(),
        extra);
  }

  private static LegResult throughFunction(
      String leg,
      Connection src,
      Map<String, String> tables,
      Connection dst,
      Statement s,
      long bytes)
      throws SQLException {
    BenchRowBatches.register(dst);
    return copyInBlocks(
        leg,
        src,
        tables,
        dst,
        bytes,
        (table, md, block, last) -> BenchRowBatches.insert(s, table, md, block));
  }

  /** Stores one block of a table's rows; the last block of a table says so (it may be empty). */
  private interface BlockStore {
    void store(String table, ResultSetMetaData md, List<Object[]> block, boolean last)
        throws SQLException;
  }

  /**
   * Reads each table's rows in blocks (outside the clock) and has {@code store} store them (inside
   * it), in one transaction; the commit and checkpoint are inside the clock too.
   */
  private static LegResult copyInBlocks(
      String leg,
      Connection src,
      Map<String, String> tables,
      Connection dst,
      long bytes,
      BlockStore store)
      throws SQLException {
    long wall = 0;
    long cpu = 0;
    long rows = 0;
    dst.setAutoCommit(false);
    for (String t : tables.keySet()) {
      try (Statement q = src.createStatement();
          ResultSet rs = q.executeQuery("SELECT * FROM " + t)) {
        ResultSetMetaData md = rs.getMetaData();
        boolean more = true;
        while (more) {
          List<Object[]> block = new ArrayList<>(BLOCK_ROWS);
          while (block.size() < BLOCK_ROWS && (more = rs.next())) {
            block.add(row(rs, md));
          }
          long w0 = System.nanoTime();
          long c0 = ResourceMeter.processCpuNanos();
          store.store(t, md, block, !more);
          wall += System.nanoTime() - w0;
          cpu += ResourceMeter.processCpuNanos() - c0;
          rows += block.size();
        }
      }
    }
    long w0 = System.nanoTime();
    long c0 = ResourceMeter.processCpuNanos();
    dst.commit();
    dst.setAutoCommit(true);
    try (Statement s = dst.createStatement()) {
      s.execute("CHECKPOINT");
    }
    wall += System.nanoTime() - w0;
    cpu += ResourceMeter.processCpuNanos() - c0;
    return new LegResult(
        leg,
        "ok",
        bytes,
        rows,
        wall / 1e9,
        cpu / 1e9,
        ResourceMeter.peakHeapMib(),
        ResourceMeter.peakRssMib(),
        Map.of("tables", tables.size()));
  }

  private static Object[] row(ResultSet rs, ResultSetMetaData md) throws SQLException {
    Object[] r = new Object[md.getColumnCount()];
    for (int i = 0; i < r.length; i++) {
      r[i] =
          switch (md.getColumnType(i + 1)) {
            case Types.DATE -> rs.getObject(i + 1, LocalDate.class);
            case Types.TIMESTAMP -> rs.getObject(i + 1, LocalDateTime.class);
            default -> rs.getObject(i + 1);
          };
    }
    return r;
  }

  /** As medmine's loader appended a value while it used the Appender (until 2026-11-30). */
  private static void appendValue(DuckDBAppender a, Object v) throws SQLException {
    if (v == null) {
      a.appendNull();
    } else if (v instanceof String x) {
      a.append(x);
    } else if (v instanceof Long x) {
      a.append(x.longValue());
    } else if (v instanceof Integer x) {
      a.append(x.intValue());
    } else if (v instanceof Double x) {
      a.append(x.doubleValue());
    } else if (v instanceof BigDecimal x) {
      a.append(x.setScale(2, RoundingMode.HALF_EVEN));
    } else if (v instanceof Boolean x) {
      a.append(x.booleanValue());
    } else if (v instanceof LocalDate x) {
      a.append(x);
    } else if (v instanceof LocalDateTime x) {
      a.append(x);
    } else {
      throw new IllegalArgumentException("unsupported value type " + v.getClass().getName());
    }
  }
}
