package org.medmine.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medmine.cohort.EngineFunctions;

/**
 * The SQL that DuckDB and Spark SQL (3.5) both run with the same meaning, as a checker: {@link
 * #violations} names every function an app's query calls that is neither in both engines' function
 * lists nor one of medmine's named functions ({@link EngineFunctions}), and every construct only
 * one engine has (DuckDB's {@code ::} casts, {@code EXCLUDE}, {@code QUALIFY}, list and struct
 * literals, a cast to {@code VARCHAR}, which Spark refuses outside table schemas: both engines read
 * {@code CAST(x AS STRING)}). The function list was taken from both engines' reference manuals
 * (DuckDB 1.x "Functions", Spark 3.5 "Built-in Functions"), keeping a name only where the arguments
 * and result agree.
 */
public final class SharedSql {
  /** Functions both engines have with the same arguments and meaning. */
  static final Set<String> SHARED_FUNCTIONS =
      Set.of(
          // aggregates
          "count",
          "sum",
          "avg",
          "min",
          "max",
          "stddev_samp",
          "stddev_pop",
          "var_samp",
          "var_pop",
          "corr",
          "covar_samp",
          "covar_pop",
          "bool_and",
          "bool_or",
          "count_if",
          "max_by",
          "min_by",
          "approx_count_distinct",
          // window functions
          "row_number",
          "rank",
          "dense_rank",
          "percent_rank",
          "cume_dist",
          "ntile",
          "lag",
          "lead",
          "first_value",
          "last_value",
          "nth_value",
          // conditionals and casts
          "coalesce",
          "nullif",
          "ifnull",
          "greatest",
          "least",
          "cast",
          // numbers
          "abs",
          "round",
          "floor",
          "ceil",
          "ceiling",
          "sqrt",
          "exp",
          "ln",
          "log10",
          "power",
          "pow",
          "sign",
          // text
          "lower",
          "upper",
          "trim",
          "ltrim",
          "rtrim",
          "length",
          "substring",
          "substr",
          "concat",
          "concat_ws",
          "replace",
          "regexp_replace",
          "regexp_extract",
          "lpad",
          "rpad",
          "left",
          "right",
          "instr",
          "md5",
          "contains",
          // dates and times
          "year",
          "month",
          "day",
          "dayofmonth",
          "hour",
          "minute",
          "second",
          "quarter",
          "weekofyear",
          "date_trunc",
          "make_date",
          "current_date",
          "extract");

  /** Words that may stand before a parenthesis without being a function call. */
  private static final Set<String> KEYWORDS =
      Set.of(
          "in",
          "exists",
          "over",
          "as",
          "values",
          "filter",
          "on",
          "using",
          "and",
          "or",
          "not",
          "when",
          "then",
          "else",
          "select",
          "from",
          "join",
          "where",
          "with",
          "into",
          "table",
          "view",
          "any",
          "all",
          "partition",
          "by",
          "within",
          "group",
          "interval",
          "case",
          "end",
          "is",
          "like",
          "between",
          "union",
          "except",
          "intersect",
          "distinct",
          "lateral",
          "order",
          "having",
          "limit",
          "decimal",
          "numeric",
          "varchar",
          "char",
          "string",
          "int",
          "integer",
          "bigint",
          "double",
          "float",
          "boolean",
          "date",
          "timestamp",
          "if",
          "set",
          "returning",
          "exclude");

  /**
   * Names that are declared, not called, when followed by a parenthesis (a table and its columns).
   */
  private static final Set<String> DECLARING = Set.of("into", "table", "exists", "view");

  private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*)\\s*\\(");
  private static final List<Pattern> ONE_ENGINE_ONLY =
      List.of(
          Pattern.compile("::"),
          Pattern.compile("(?i)\\bEXCLUDE\\s*\\("),
          Pattern.compile("(?i)\\bQUALIFY\\b"),
          Pattern.compile("\\[[^\\]]*\\]"),
          Pattern.compile("\\{\\s*'"),
          Pattern.compile("(?i)\\bAS\\s+(VARCHAR|TEXT)\\b"),
          Pattern.compile("//"),
          Pattern.compile("(?i)\\bUSING\\s+SAMPLE\\b"),
          Pattern.compile("->>?"));

  private SharedSql() {}

  /**
   * What in {@code sql} is outside the shared subset; empty when the query runs alike on both
   * engines.
   */
  public static List<String> violations(String sql) {
    String code = withoutLiteralsAndComments(sql);
    List<String> out = new ArrayList<>();
    for (Pattern p : ONE_ENGINE_ONLY) {
      Matcher m = p.matcher(code);
      if (m.find()) {
        out.add("'" + m.group().strip() + "' is not shared by DuckDB and Spark SQL");
      }
    }
    Set<String> named = EngineFunctions.names();
    Matcher m = CALL.matcher(code);
    String previous = "";
    int last = 0;
    while (m.find()) {
      String before = code.substring(last, m.start()).strip();
      String[] words = before.split("\\s+");
      previous = words.length == 0 ? previous : words[words.length - 1].toLowerCase(Locale.ROOT);
      String name = m.group(1).toLowerCase(Locale.ROOT);
      String bare = name.substring(name.lastIndexOf('.') + 1);
      last = m.end();
      if (KEYWORDS.contains(bare)
          || DECLARING.contains(previous)
          || SHARED_FUNCTIONS.contains(bare)
          || named.contains(bare)) {
        continue;
      }
      out.add("function " + bare + "() is not shared by DuckDB and Spark SQL");
    }
    return out;
  }

  /**
   * {@code sql} with string literals emptied and comments removed (so that their text is not read
   * as code).
   */
  static String withoutLiteralsAndComments(String sql) {
    return sql.replaceAll("'(?:[^']|'')*'", "''")
        .replaceAll("--[^\\n]*", " ")
        .replaceAll("(?s)/\\*.*?\\*/", " ");
  }
}
