package org.medmine.ingest.synthea;

import static org.medmine.ingest.synthea.SqlLine.ident;
import static org.medmine.ingest.synthea.SqlLine.lit;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.medmine.warehouse.NativeRows;

/**
 * One file of the export as the native path reads it: the {@code read_csv} scan (every column
 * VARCHAR, in the header's order, rejects kept) and the layers of SQL above it — record number,
 * derived id, conversions, the first failing check ({@code _err}), mapped columns.
 */
final class NativeFile {
  final SyntheaCsvFile kind;
  final String name;
  final List<String> header;
  final long lines;
  private final SqlLine line;
  private final Map<String, String> columns;
  private final String resourceId;

  NativeFile(SyntheaCsvFile kind, String name, List<String> header, long lines) {
    this.kind = kind;
    this.name = name;
    this.header = header;
    this.lines = lines;
    this.line = new SqlLine(kind.fileName(), new HashSet<>(header));
    String id;
    if (kind.idColumn() == null) {
      id = "_id";
      resourceId = "_id";
    } else {
      resourceId = line.text(kind.idColumn());
      id = line.required(kind.idColumn());
      line.check(
          "strlen(" + id + ") > 256 AND length(" + id + ") > 256",
          "'the id is ' || length(" + id + ") || ' characters long (at most 256)'");
    }
    this.columns = SqlMapper.columns(kind, line, id);
  }

  /**
   * The table columns the mapped query yields (pseudo-columns, starting with _, are the path's
   * own).
   */
  List<String> columns() {
    return columns.keySet().stream().filter(c -> !c.startsWith("_")).toList();
  }

  private String scan() {
    String cols =
        header.stream().map(c -> lit(c) + ": 'VARCHAR'").collect(Collectors.joining(", "));
    return "read_csv("
        + lit(name)
        + ", header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"',"
        + " columns = {"
        + cols
        + "}, store_rejects = true, rejects_table = '_native_rejects',"
        + " rejects_scan = '_native_scans')";
  }

  /**
   * Every record with its number {@code _n} (1-based, in file order; NULL when not {@code
   * numbered}: numbering is a window over the whole file, which only staged rows and quarantine
   * entries need) and, for files without ids, its id.
   */
  private String records(boolean numbered) {
    String all =
        "SELECT *, "
            + (numbered ? "row_number() OVER ()" : "NULL::BIGINT")
            + " AS _n FROM "
            + scan();
    if (kind.idColumn() != null) {
      return all;
    }
    // Repeats are counted among the lines of a hash seen more than once only: a window over every
    // line, which
    // must carry every column, cost more than hashing (a narrow GROUP BY finds the few repeated
    // hashes).
    String repeats =
        "WITH m AS MATERIALIZED (SELECT *, md5("
            + hashInput("'0'")
            + ") AS _h0 FROM ("
            + all
            + ")),"
            + " d AS (SELECT _h0 FROM m GROUP BY _h0 HAVING count(*) > 1)"
            + " SELECT *, 0::BIGINT AS _rep FROM m WHERE _h0 NOT IN (SELECT _h0 FROM d)"
            + " UNION ALL SELECT *, row_number() OVER (PARTITION BY _h0"
            + (numbered ? " ORDER BY _n" : "")
            + ") - 1 FROM m WHERE _h0 IN (SELECT _h0 FROM d)";
    String hash =
        "SELECT *, CASE WHEN _rep = 0 THEN _h0 ELSE md5("
            + hashInput("_rep::VARCHAR")
            + ") END AS _h FROM ("
            + repeats
            + ")";
    return "SELECT *, " + uuid("_h") + " AS _id FROM (" + hash + ")";
  }

  /**
   * What {@link CsvLine#derivedId} hashes: the file name, every field and the repeat, joined by
   * U+001F.
   */
  private String hashInput(String repeat) {
    String fields =
        header.stream()
            .map(c -> "coalesce(" + ident(c) + ", '')")
            .collect(Collectors.joining(", "));
    return "concat_ws(chr(31), " + lit(kind.fileName()) + ", " + fields + ", " + repeat + ")";
  }

  /** An MD5 in hex as the name-based (version 3) UUID {@link CsvLine#derivedId} makes of it. */
  private static String uuid(String h) {
    return "concat(substr("
        + h
        + ", 1, 8), '-', substr("
        + h
        + ", 9, 4), '-3', substr("
        + h
        + ", 14, 3), '-',"
        + " substr('89ab89ab89ab89ab', strpos('0123456789abcdef', substr("
        + h
        + ", 17, 1)), 1), substr("
        + h
        + ", 18, 3), '-', substr("
        + h
        + ", 21, 12))";
  }

  /**
   * Records with their conversions and the reason the line cannot be stored ({@code _err}, NULL
   * when it can).
   */
  private String checked(boolean numbered) {
    StringBuilder early = new StringBuilder("SELECT *");
    line.early().forEach((n, e) -> early.append(", ").append(e).append(" AS ").append(n));
    StringBuilder conv = new StringBuilder("SELECT *");
    line.conversions().forEach((n, e) -> conv.append(", ").append(e).append(" AS ").append(n));
    return "SELECT *, "
        + line.error()
        + " AS _err FROM ("
        + conv
        + " FROM ("
        + early
        + " FROM ("
        + records(numbered)
        + ")))";
  }

  /**
   * The mapped columns of every record (or of those that map), with {@code _n}, {@code _line} and
   * {@code _err}.
   */
  String mapped(boolean onlyGood, boolean numbered) {
    String cols =
        columns.entrySet().stream()
            .map(e -> e.getValue() + " AS " + e.getKey())
            .collect(Collectors.joining(", "));
    return "SELECT "
        + cols
        + ", _n, _n + 1 AS _line, _err FROM ("
        + checked(numbered)
        + ")"
        + (onlyGood ? " WHERE _err IS NULL" : "");
  }

  /**
   * The good lines of the temp table a claims file is first read into, that satisfy {@code
   * condition}.
   */
  String fromTemp(String condition) {
    return "SELECT * FROM _native_lines WHERE _err IS NULL AND (" + condition + ")";
  }

  /**
   * The lines that do not map, as quarantine entries with their line and text (see {@link
   * NativeRows#quarantine}).
   */
  String failures(List<Long> rejected) {
    String raw =
        header.stream()
            .map(
                c ->
                    "CASE WHEN "
                        + ident(c)
                        + " IS NULL THEN '' WHEN regexp_matches("
                        + ident(c)
                        + ", '[,\"\\r\\n]')"
                        + " THEN '\"' || replace("
                        + ident(c)
                        + ", '\"', '\"\"') || '\"' ELSE "
                        + ident(c)
                        + " END")
            .collect(Collectors.joining(", "));
    return "SELECT "
        + lit(name)
        + " AS file, "
        + lineOf("_n", rejected)
        + " AS position, "
        + lit(kind.resourceType())
        + " AS resource_type, "
        + resourceId
        + " AS resource_id, _err AS reason,"
        + " concat_ws(',', "
        + raw
        + ") AS raw_text FROM ("
        + checked(true)
        + ") WHERE _err IS NOT NULL";
  }

  /**
   * The line of record {@code n}: record n is line n + 1, moved down by each rejected line before
   * it. The i-th rejected line (1-based) r_i has r_i - 1 - i records before it.
   */
  private static String lineOf(String n, List<Long> rejected) {
    if (rejected.isEmpty()) {
      return n + " + 1";
    }
    StringBuilder before = new StringBuilder();
    for (int i = 0; i < rejected.size(); i++) {
      before.append(i == 0 ? "" : ", ").append(rejected.get(i) - 2 - i);
    }
    return n + " + 1 + len(list_filter([" + before + "], lambda g: g < " + n + "))";
  }

  /** Gives the rows staged from this file their true lines, once the rejected lines are known. */
  void renumber(NativeRows rows, List<Long> rejected) throws SQLException {
    String line = lineOf("(_pos - 1)", rejected);
    rows.renumber(SqlMapper.table(kind), name, line);
    if (kind == SyntheaCsvFile.CLAIMS) {
      rows.renumber(org.medmine.model.Table.CLAIM_LINE, name, line);
    }
  }
}
