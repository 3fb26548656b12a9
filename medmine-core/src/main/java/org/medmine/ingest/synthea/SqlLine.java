package org.medmine.ingest.synthea;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL counterpart of {@link CsvLine} for the DuckDB-native CSV path ({@link
 * SyntheaCsvNativeReader}): the same accessors, but each returns a SQL expression over the line's
 * VARCHAR columns instead of a value, and each conversion that can fail registers a check whose
 * reason is the sentence {@link CsvLine} would throw. Checks keep the order in which a mapper asks
 * for the columns, so the first failing one gives the reason, as the Java mapper's first exception
 * does.
 *
 * <p>Conversions are computed once, as named columns of an inner query ({@link #conversions}); the
 * checks and the mapped columns refer to those names.
 */
final class SqlLine {
  private final String file;
  private final Set<String> header;
  private final Map<String, String> early = new LinkedHashMap<>();
  private final Map<String, String> conversions = new LinkedHashMap<>();

  /**
   * The conversion whose check was added last, or null when the last check is not a conversion's.
   */
  private String lastConversion;

  private final List<String[]> checks = new ArrayList<>();

  SqlLine(String file, Set<String> header) {
    this.file = file;
    this.header = header;
  }

  String file() {
    return file;
  }

  /**
   * The column's text (NULL when empty: DuckDB reads an empty field as NULL), or NULL when the file
   * lacks it.
   */
  String text(String column) {
    return header.contains(column) ? ident(column) : "NULL::VARCHAR";
  }

  /** A column every line must fill; a blank one costs the line. */
  String required(String column) {
    String t = text(column);
    // blank: only when the first character is a space or control character is the trim worth its
    // cost
    check(
        "(" + t + " IS NULL OR (ascii(" + t + ") <= 32 AND trim(" + t + ", ' \t\n\r\f') = ''))",
        lit(file + " column " + column + " is empty: the row cannot be identified"));
    return t;
  }

  /**
   * A date or timestamp as UTC, read as {@link CsvLine#time}: {@code yyyy-MM-dd} (midnight),
   * Synthea's {@code yyyy-MM-ddTHH:mm:ssZ}, or an ISO offset date-time converted to UTC. The
   * regular expression keeps DuckDB's lenient cast from accepting forms Java's ISO parser refuses
   * (a space for the T, no offset).
   */
  String time(String column) {
    String t = text(column);
    String expr =
        "CASE WHEN "
            + t
            + " IS NULL THEN NULL"
            + " WHEN length("
            + t
            + ") = 10 THEN CASE WHEN "
            + t
            + " SIMILAR TO '[0-9]{4}-[0-9]{2}-[0-9]{2}'"
            + " THEN try_cast("
            + t
            + " AS DATE)::TIMESTAMP END"
            + " WHEN length("
            + t
            + ") = 20 AND "
            + t
            + "[11] = 'T' AND "
            + t
            + "[20] = 'Z'"
            + " THEN try_cast("
            + t
            + " AS TIMESTAMP)"
            + " WHEN "
            + t
            + " SIMILAR TO '[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?"
            + "(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2})?)'"
            + " THEN make_timestamp(epoch_us(try_cast("
            + t
            + " AS TIMESTAMPTZ))) END";
    return converted("_t_" + column, expr, t, "' is not a valid date or timestamp", column);
  }

  /** A date column; a timestamp is cut to its UTC date. */
  String date(String column) {
    return "(" + time(column) + ")::DATE";
  }

  /**
   * Money as DECIMAL(18,2), rounded half-even like {@link CsvLine#money} (DuckDB's cast rounds half
   * up, so a value with more than two decimals takes the slower exact route). DuckDB's casts to
   * numbers ignore surrounding spaces, as Java's trim before parsing does.
   */
  String money(String column) {
    String t = text(column);
    String expr =
        "CASE WHEN "
            + t
            + " LIKE '%.___%' THEN try_cast(round_even(try_cast(trim("
            + t
            + ") AS DECIMAL(38,10)), 2)"
            + " AS DECIMAL(18,2)) ELSE try_cast("
            + t
            + " AS DECIMAL(18,2)) END";
    return converted("_m_" + column, expr, t, "' is not a number", column);
  }

  /** A finite double, as {@link CsvLine#number} (NaN and infinities are not numbers). */
  String number(String column) {
    String t = text(column);
    String name = "_d_" + column;
    return converted(
        name,
        "try_cast(" + t + " AS DOUBLE)",
        t + " IS NOT NULL AND NOT coalesce(isfinite(" + name + "), false)",
        message(column, t, "' is not a number"));
  }

  /**
   * A whole number, as {@link CsvLine#count}: an integer, or a number with no fraction ({@code
   * 3.0}).
   */
  String count(String column) {
    String t = text(column);
    String name = "_n_" + column;
    String d = "try_cast(" + t + " AS DOUBLE)";
    // DuckDB's cast to BIGINT rounds 1.5 to 2; Java's parseLong refuses it and the number must then
    // be whole
    return converted(
        name,
        "CASE WHEN strpos("
            + t
            + ", '.') = 0 THEN try_cast("
            + t
            + " AS BIGINT) WHEN isfinite("
            + d
            + ") AND "
            + d
            + " = trunc("
            + d
            + ") AND abs("
            + d
            + ") < 9.2e18 THEN "
            + d
            + "::BIGINT END",
        t + " IS NOT NULL AND " + name + " IS NULL",
        "CASE WHEN isfinite("
            + d
            + ") THEN "
            + message(column, t, "' is not a whole number")
            + " ELSE "
            + message(column, t, "' is not a number")
            + " END");
  }

  /**
   * A value computed once per line, before the conversions (which may refer to it), named {@code
   * name}.
   */
  String derived(String name, String expr) {
    early.putIfAbsent(name, expr);
    return name;
  }

  private String converted(String name, String expr, String text, String tail, String column) {
    return converted(
        name, expr, text + " IS NOT NULL AND " + name + " IS NULL", message(column, text, tail));
  }

  /**
   * Names the conversion {@code expr} as {@code name} and adds its check ({@code failsWhen}, {@code
   * reason}). Asked for again (a date after a time of the same column), it is checked once, where
   * first asked for, and there is nothing for {@link #restrictLastCheck} to restrict.
   */
  private String converted(String name, String expr, String failsWhen, String reason) {
    if (conversions.containsKey(name)) {
      lastConversion = null;
      return name;
    }
    conversions.put(name, expr);
    check(failsWhen, reason);
    lastConversion = name;
    return name;
  }

  private String message(String column, String text, String tail) {
    return lit(file + " column " + column + ": '") + " || " + text + " || " + lit(tail);
  }

  /**
   * Adds a check: when {@code failsWhen} holds, the line is quarantined with the reason {@code
   * reason}.
   */
  void check(String failsWhen, String reason) {
    checks.add(new String[] {failsWhen, reason});
    lastConversion = null;
  }

  /**
   * Makes the check added last apply only where {@code condition} holds, and, when that check is a
   * conversion's, computes the conversion only there too (the mappers use such a value only under
   * the same condition): most lines of claims_transactions.csv are not charges and skip a charge's
   * five conversions.
   */
  void restrictLastCheck(String condition) {
    String conversion = lastConversion;
    String[] last = checks.get(checks.size() - 1);
    last[0] = "(" + condition + ") AND (" + last[0] + ")";
    if (conversion != null) {
      conversions.put(
          conversion, "CASE WHEN " + condition + " THEN " + conversions.get(conversion) + " END");
    }
  }

  /** The values computed before the conversions, by name. */
  Map<String, String> early() {
    return early;
  }

  /** The conversions the checks and mapped columns refer to, by name. */
  Map<String, String> conversions() {
    return conversions;
  }

  /** The reason of the first failing check, or NULL when the line maps. */
  String error() {
    if (checks.isEmpty()) {
      return "NULL::VARCHAR";
    }
    StringBuilder b = new StringBuilder("CASE");
    for (String[] c : checks) {
      b.append(" WHEN ").append(c[0]).append(" THEN ").append(c[1]);
    }
    return b.append(" END").toString();
  }

  /** A SQL identifier for a column name as the header writes it. */
  static String ident(String column) {
    return "\"" + column.replace("\"", "\"\"") + "\"";
  }

  /** A SQL string literal. */
  static String lit(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
