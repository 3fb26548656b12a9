package org.medmine.ingest.synthea;

import static org.medmine.ingest.synthea.SqlLine.lit;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.model.Table;
import org.medmine.warehouse.NativeRows;
import org.medmine.warehouse.RecordOrigin;
import org.medmine.warehouse.RecordSink;

/**
 * Reads Synthea's CSV export with DuckDB's own CSV reader ({@code read_csv}, every column VARCHAR,
 * bad lines kept by {@code store_rejects}) and maps it with SQL ({@code INSERT … SELECT}, see
 * {@link SqlMapper}) into the same rows, values, quarantine entries and counts as {@link
 * SyntheaCsvReader}, several times faster: no value crosses into Java.
 *
 * <p>Which path runs: this one for a plain warehouse file; {@link SyntheaCsvReader} for an
 * encrypted warehouse (this path keeps run data in DuckDB temp tables, which may spill to
 * unencrypted temp files), when the ingest options ask for it ({@code
 * IngestOptions.CsvReading.JAVA}, the user's switch {@code -Dmedmine.csv.native=false} read by the
 * front end), and whenever this reader throws {@link NativeCsvRefused}: a file whose records are
 * not one line each (a blank line, a line break inside quotes, so that DuckDB's record order no
 * longer gives line numbers), a reject other than a wrong number of fields (bytes that are not
 * UTF-8, an unterminated quote), a repeated column name, or a DuckDB error. The run is then rolled
 * back and read again by the Java reader, whose handling of bad input is the reference.
 *
 * <p>Every data line is stored or quarantined: a line with the wrong number of fields from DuckDB's
 * rejects (with its line and text), a value that does not convert from the first failing check of
 * {@link SqlLine}; the records counted are the file's lines less the header and the rejected lines,
 * and a run whose stored and quarantined lines do not add up to them is refused. One difference:
 * identical lines of a file without ids get distinct ids wherever they stand (the Java reader
 * counts repeats among a patient's consecutive lines only; Synthea writes a patient's lines
 * together, where both agree).
 */
public final class SyntheaCsvNativeReader {
  private final NativeRows rows;
  private final RecordSink sink;
  private final IngestListener listener;
  private final Connection connection;

  /**
   * @param rows where the mapped rows go (the run's tables)
   * @param sink the run's loader, for quarantine entries made in Java (whole files, rejected lines)
   */
  public SyntheaCsvNativeReader(NativeRows rows, RecordSink sink, IngestListener listener) {
    this.rows = rows;
    this.sink = sink;
    this.listener = listener;
    this.connection = rows.connection();
  }

  /**
   * Whether this path can serve the warehouse of {@code connection}: a plain one (see the class
   * comment).
   */
  public static boolean usable(Connection connection) {
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT encrypted FROM duckdb_databases() WHERE database_name = current_database()")) {
      return rs.next() && !rs.getBoolean(1);
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * Reads the files of {@code files} (the export's, in load order; see {@link
   * SyntheaCsvReader#files}).
   */
  public void read(List<Path> files) throws IOException {
    try (Statement s = connection.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE _native_claim_sums (claim_id VARCHAR, total DECIMAL(18,2),"
              + " payment DECIMAL(18,2))");
      for (Path f : files) {
        read(
            f,
            SyntheaCsvFile.forName(f.getFileName().toString()),
            f.toAbsolutePath().normalize().toString());
      }
      s.execute("DROP TABLE IF EXISTS _native_claim_sums");
    } catch (SQLException e) {
      throw new NativeCsvRefused("DuckDB could not read the export (" + e.getMessage() + ")", e);
    }
  }

  private void read(Path file, SyntheaCsvFile kind, String name) throws IOException, SQLException {
    long size = Files.size(file);
    listener.fileStarted(name, size);
    if (size == 0) {
      sink.quarantine(
          RecordOrigin.wholeFile(name),
          kind.resourceType(),
          null,
          "the file is empty (not even a header)",
          "");
      return;
    }
    List<String> header = usableHeader(file, kind, name);
    if (header == null) {
      return;
    }
    long lines = LineCount.of(file);
    NativeFile f = new NativeFile(kind, name, header, lines);
    dropRejects(); // a scan adds to the rejects tables of an earlier one
    long good = load(f);
    List<Long> rejected = rejects(f);
    long records = lines - 1 - rejected.size();
    long failed = records - good;
    long quarantined = failed > 0 ? rows.quarantine(f.failures(rejected)) : 0;
    if (quarantined != failed) {
      throw new NativeCsvRefused(
          name
              + " has records that are not one line each ("
              + lines
              + " lines, "
              + rejected.size()
              + " rejected, "
              + good
              + " stored, "
              + quarantined
              + " not mapped)",
          null);
    }
    if (!rejected.isEmpty()) {
      f.renumber(rows, rejected);
    }
    rows.count(good, failed);
    listener.advanced(size, records);
  }

  /**
   * The header of {@code file}; null when it lacks a column {@code kind} needs (the whole file
   * quarantined, as the Java reader does). A blank first line or a column named twice is refused
   * (the Java reader reads those).
   */
  private List<String> usableHeader(Path file, SyntheaCsvFile kind, String name)
      throws IOException {
    List<String> header = header(file);
    if (header == null) {
      throw new NativeCsvRefused(name + " starts with a blank line", null);
    }
    List<String> missing =
        kind.requiredColumns().stream().filter(c -> !header.contains(c)).toList();
    if (!missing.isEmpty()) {
      sink.quarantine(
          RecordOrigin.wholeFile(name),
          kind.resourceType(),
          null,
          "the header lacks the column(s) "
              + String.join(", ", missing)
              + ": is this Synthea's "
              + kind.fileName()
              + "? The file was not read",
          CsvLine.raw(header));
      return null;
    }
    if (new LinkedHashSet<>(header).size() != header.size()) {
      throw new NativeCsvRefused(name + " names a column twice", null);
    }
    return header;
  }

  /** Inserts the lines that map; returns how many lines those are. */
  private long load(NativeFile f) throws SQLException {
    Table table = SqlMapper.table(f.kind);
    String type = f.kind.resourceType();
    try (Statement s = connection.createStatement()) {
      switch (f.kind) {
        case CLAIMS_TRANSACTIONS -> {
          s.execute(
              "CREATE OR REPLACE TEMP TABLE _native_lines AS "
                  + f.mapped(false, rows.keepsLines()));
          rows.insert(table, f.columns(), f.fromTemp("_type = 'CHARGE'"), f.name, type, f.lines);
          s.execute(
              "INSERT INTO _native_claim_sums SELECT claim_id, sum(net) FILTER (WHERE _type = 'CHARGE'),"
                  + " sum(_payment) FILTER (WHERE _type = 'PAYMENT') FROM _native_lines WHERE _err IS NULL GROUP BY ALL");
          return goodLines(s);
        }
        case CLAIMS -> {
          s.execute(
              "CREATE OR REPLACE TEMP TABLE _native_lines AS "
                  + f.mapped(false, rows.keepsLines()));
          List<String> cols = new ArrayList<>(f.columns());
          cols.add("total");
          cols.add("payment");
          rows.insert(
              table,
              cols,
              "SELECT l.*, s.total, s.payment FROM ("
                  + f.fromTemp("true")
                  + ") l LEFT JOIN _native_claim_sums s"
                  + " ON s.claim_id = l.id",
              f.name,
              type,
              f.lines);
          rows.insert(
              Table.CLAIM_LINE,
              List.of(
                  "id",
                  "claim_id",
                  "patient_id",
                  "sequence",
                  "line_kind",
                  "code_system",
                  "code",
                  "encounter_id"),
              diagnosisLines(),
              f.name,
              type,
              f.lines);
          return goodLines(s);
        }
        default -> {
          return rows.insert(
              table, f.columns(), f.mapped(true, rows.keepsLines()), f.name, type, f.lines);
        }
      }
    }
  }

  private static long goodLines(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM _native_lines WHERE _err IS NULL")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * A claim line of kind diagnosis per DIAGNOSISn of a claim, as {@link SyntheaClaimMapper#claim}
   * makes them.
   */
  private static String diagnosisLines() {
    List<String> parts = new ArrayList<>();
    for (int n = 1; n <= 8; n++) {
      String code = n <= 4 ? "diagnosis_" + n + "_code" : "_diagnosis_" + n;
      parts.add(
          "SELECT id || '#d"
              + n
              + "' AS id, id AS claim_id, patient_id, "
              + n
              + " AS sequence,"
              + " 'diagnosis' AS line_kind, "
              + lit(SyntheaClinicalMapper.SNOMED)
              + " AS code_system, "
              + code
              + " AS code, encounter_id, _n + 1 AS _line FROM _native_lines WHERE _err IS NULL AND "
              + code
              + " IS NOT NULL");
    }
    return String.join(" UNION ALL ", parts);
  }

  /**
   * The lines DuckDB rejected, in order: a wrong number of fields is quarantined as the Java reader
   * does (same reason, the line's text); any other kind of reject refuses the native path.
   */
  private List<Long> rejects(NativeFile f) throws SQLException {
    List<Long> lines = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT line, first(error_type::VARCHAR ORDER BY column_idx), first(csv_line"
                    + " ORDER BY column_idx) FROM _native_rejects GROUP BY line ORDER BY line")) {
      while (rs.next()) {
        String kind = rs.getString(2);
        if (!kind.equals("MISSING COLUMNS") && !kind.equals("TOO MANY COLUMNS")) {
          throw new NativeCsvRefused(f.name + " line " + rs.getLong(1) + ": " + kind, null);
        }
        List<String> fields = fields(rs.getString(3));
        lines.add(rs.getLong(1));
        sink.quarantine(
            new RecordOrigin(f.name, rs.getLong(1), "line"),
            f.kind.resourceType(),
            null,
            "the line has " + fields.size() + " fields, the header has " + f.header.size(),
            CsvLine.raw(fields));
      }
    }
    dropRejects();
    return lines;
  }

  private void dropRejects() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("DROP TABLE IF EXISTS _native_rejects");
      s.execute("DROP TABLE IF EXISTS _native_scans");
    }
  }

  private static List<String> fields(String line) {
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder().allowExtraFields(true).allowMissingFields(true).ofCsvRecord(line)) {
      for (CsvRecord r : csv) {
        return r.getFields();
      }
      return List.of();
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
  }

  /**
   * The header's column names (the first stripped of a byte-order mark), or null for a blank first
   * line.
   */
  private static List<String> header(Path file) throws IOException {
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .allowExtraFields(true)
            .allowMissingFields(true)
            .skipEmptyLines(false)
            .ofCsvRecord(file)) {
      for (CsvRecord r : csv) {
        List<String> out = new ArrayList<>();
        for (String c : r.getFields()) {
          out.add(
              out.isEmpty() && c.strip().startsWith("\uFEFF") ? c.strip().substring(1) : c.strip());
        }
        return out.size() == 1 && out.get(0).isEmpty() ? null : out;
      }
      return null;
    }
  }
}
