package org.medmine.ingest.table;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.WarehouseException;

/**
 * A CSV, TSV or Parquet file opened as a table in an in-memory DuckDB whose memory is capped, read
 * with DuckDB's own readers ({@code read_csv} with every column as text, {@code read_parquet}) so a
 * file of any size is scanned, never held: a view numbers the rows and turns missing-value tokens
 * into NULL, one aggregate scan profiles every column ({@link ColumnStats}) and one more fetches
 * the encoded columns ({@link TableReader}).
 */
public final class TableSource implements AutoCloseable {
  public static final String RAW = "table_raw";
  public static final String CLEAN = "table_clean";

  private final Connection connection;
  private final Path file;
  private final List<String> columns;
  private final MissingTokens missing;

  private TableSource(Connection c, Path file, List<String> columns, MissingTokens missing) {
    this.connection = c;
    this.file = file;
    this.columns = List.copyOf(columns);
    this.missing = missing;
  }

  /** Opens {@code file}; a file DuckDB cannot read as a table of two or more columns is refused. */
  public static TableSource open(Path file, String memoryLimit, MissingTokens missing) {
    Connection c = connect(memoryLimit);
    try {
      List<String> columns = createViews(c, file, missing);
      return new TableSource(c, file, columns, missing);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  private static Connection connect(String memoryLimit) {
    try {
      Properties props = new Properties();
      props.setProperty("memory_limit", memoryLimit);
      return DriverManager.getConnection("jdbc:duckdb:", props);
    } catch (SQLException e) {
      throw new WarehouseException("could not open an in-memory database", e);
    }
  }

  private static List<String> createViews(Connection c, Path file, MissingTokens missing) {
    List<String> columns = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TEMP VIEW " + RAW + " AS SELECT * FROM " + reader(file));
      try (ResultSet rs = s.executeQuery("DESCRIBE " + RAW)) {
        while (rs.next()) {
          columns.add(rs.getString(1));
        }
      }
      List<String> cleaned = new ArrayList<>();
      for (String col : columns) {
        cleaned.add(
            missing.sqlCleaned("CAST(" + quote(col) + " AS VARCHAR)") + " AS " + quote(col));
      }
      s.execute(
          "CREATE TEMP VIEW "
              + CLEAN
              + " AS SELECT row_number() OVER () AS __row, "
              + String.join(", ", cleaned)
              + " FROM "
              + RAW);
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + CLEAN)) {
        rs.next();
        if (rs.getLong(1) == 0 || columns.size() < 2) {
          throw notATable(file, columns.size() < 2 ? "fewer than two columns" : "no rows", null);
        }
      }
    } catch (SQLException e) {
      throw notATable(file, firstLine(e.getMessage()), e);
    }
    return columns;
  }

  private static String reader(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String path = MissingTokens.literal(file.toAbsolutePath().toString());
    if (name.endsWith(".parquet")) {
      return "read_parquet(" + path + ")";
    }
    String delim = name.endsWith(".tsv") || name.endsWith(".tab") ? ", delim = '\t'" : "";
    return "read_csv(" + path + ", all_varchar = true, header = true" + delim + ")";
  }

  private static MedmineUserException notATable(Path file, String why, Exception cause) {
    return new MedmineUserException(
        "The file "
            + file
            + " is not a table DuckDB can read ("
            + why
            + "): give a CSV or TSV file with a header row, or a Parquet file.",
        cause);
  }

  /** The file's columns, in order. */
  public List<String> columns() {
    return columns;
  }

  /**
   * Refuses, in one sentence, a {@code column} the table does not have, naming the {@code option}
   * that gave it and the columns it could be.
   */
  public void requireColumn(String column, String option) {
    if (!columns.contains(column)) {
      throw new MedmineUserException(
          "The table "
              + file
              + " has no column '"
              + column
              + "': give "
              + option
              + " one of "
              + String.join(", ", columns.subList(0, Math.min(columns.size(), 20)))
              + (columns.size() > 20 ? ", ..." : "")
              + ".");
    }
  }

  public Path file() {
    return file;
  }

  /** Lines before the first row: the header of a CSV or TSV file, none in Parquet. */
  public int headerLines() {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet") ? 0 : 1;
  }

  public MissingTokens missing() {
    return missing;
  }

  public Connection connection() {
    return connection;
  }

  /** A column name as a quoted SQL identifier. */
  public static String quote(String column) {
    return "\"" + column.replace("\"", "\"\"") + "\"";
  }

  private static String firstLine(String s) {
    String m = String.valueOf(s);
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).strip();
  }

  @Override
  public void close() {
    closeQuietly(connection);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // the in-memory database holds nothing to keep
    }
  }
}
