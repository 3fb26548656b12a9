package org.medmine.cohort;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * medmine's named SQL functions ({@code mm_days_between}, {@code mm_age_years}, ...): the
 * expressions DuckDB and Spark SQL write differently, each defined once per engine and called by
 * name from the apps' SQL, which otherwise keeps to what both engines share. DuckDB's definitions
 * are TEMP macros in {@code duckdb-functions.sql}, installed into a session by {@link
 * #installDuckDb}; the Spark engine registers the same names.
 */
public final class EngineFunctions {
  private static final String DUCKDB = "duckdb-functions.sql";
  private static final Pattern NAME = Pattern.compile("MACRO\\s+(mm_[a-z0-9_]+)\\s*\\(");

  private EngineFunctions() {}

  /** Defines every named function as a TEMP macro in the DuckDB session of {@code c}. */
  public static void installDuckDb(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String statement : statements()) {
        s.execute(statement);
      }
    }
  }

  /** The names of medmine's SQL functions. */
  public static Set<String> names() {
    Set<String> out = new LinkedHashSet<>();
    for (String statement : statements()) {
      Matcher m = NAME.matcher(statement);
      if (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  private static List<String> statements() {
    String text;
    try (InputStream in = EngineFunctions.class.getResourceAsStream(DUCKDB)) {
      if (in == null) {
        throw new IllegalStateException(
            DUCKDB + " is missing from the class path: rebuild medmine");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder sql = new StringBuilder();
    text.lines().filter(l -> !l.strip().startsWith("--")).forEach(l -> sql.append(l).append('\n'));
    List<String> out = new ArrayList<>();
    for (String s : sql.toString().split(";")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }
}
