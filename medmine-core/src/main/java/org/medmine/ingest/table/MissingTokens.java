package org.medmine.ingest.table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The values that mean "missing" in a table: an empty field, {@code ?} (the UCI repository's
 * habit), {@code NA} (R's), {@code NULL}, {@code None} (Python's), and whatever {@code --na} adds.
 * A value is compared after trimming spaces, case-sensitively ({@code na} is not {@code NA}).
 */
public final class MissingTokens {
  /** The tokens recognised without being named. */
  public static final List<String> DEFAULTS = List.of("", "?", "NA", "NULL", "None");

  private final List<String> tokens;

  private MissingTokens(List<String> tokens) {
    this.tokens = List.copyOf(tokens);
  }

  /** The defaults and {@code extra}. */
  public static MissingTokens of(List<String> extra) {
    Set<String> all = new LinkedHashSet<>(DEFAULTS);
    for (String t : extra) {
      all.add(t.strip());
    }
    return new MissingTokens(new ArrayList<>(all));
  }

  public List<String> tokens() {
    return tokens;
  }

  /** Whether {@code value} (null counts) is missing. */
  public boolean isMissing(String value) {
    return value == null || tokens.contains(value.strip());
  }

  /**
   * A SQL expression: {@code column}'s trimmed text, or NULL where it is missing ({@code column} is
   * an already quoted identifier).
   */
  String sqlCleaned(String column) {
    return "CASE WHEN trim("
        + column
        + ") IN ("
        + sqlList()
        + ") THEN NULL ELSE trim("
        + column
        + ") END";
  }

  /** The tokens as a SQL list of string literals. */
  String sqlList() {
    return tokens.stream().map(MissingTokens::literal).collect(Collectors.joining(", "));
  }

  public static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
