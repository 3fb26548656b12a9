package org.medmine.apps.governance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The thirteen OMOP Common Data Model 5.4 tables medmine exchanges (OHDSI, <a
 * href="https://ohdsi.github.io/CommonDataModel/cdm54.html">CDM 5.4 specification</a>), defined
 * once in {@code omop/cdm54.sql}: both directions stage them as DuckDB temporary tables {@code
 * omop_<table>}, so the files written and read have exactly the specification's columns, order and
 * types. Temporary tables live outside the warehouse file, which an export opens read-only.
 */
public final class OmopCdm {
  private static final List<String> TABLES =
      List.of(
          "person",
          "observation_period",
          "visit_occurrence",
          "condition_occurrence",
          "drug_exposure",
          "procedure_occurrence",
          "measurement",
          "observation",
          "death",
          "cost",
          "location",
          "care_site",
          "provider");

  private OmopCdm() {}

  /** The CDM tables medmine writes and reads, one CSV file each ({@code <table>.csv}). */
  public static List<String> tables() {
    return TABLES;
  }

  /** The CDM 5.4 DDL of those tables (DuckDB dialect), as the resource holds it. */
  public static String ddl() {
    return resource("cdm54.sql");
  }

  /** Creates every CDM table as an empty temporary table {@code omop_<table>}. */
  static void stage(Statement s) throws SQLException {
    for (String create : statements(ddl())) {
      s.execute(create.replaceFirst("CREATE TABLE (\\w+)", "CREATE OR REPLACE TEMP TABLE omop_$1"));
    }
  }

  /** The columns of the staged CDM table {@code table}, in order: name to DuckDB type. */
  static Map<String, String> columns(Statement s, String table) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    try (ResultSet rs =
        s.executeQuery(
            "SELECT column_name, data_type FROM duckdb_columns() WHERE database_name = 'temp' AND table_name = "
                + literal("omop_" + table)
                + " ORDER BY column_index")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }

  /** The text of a resource beside cdm54.sql. */
  static String resource(String name) {
    try (InputStream in = OmopCdm.class.getResourceAsStream("omop/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource omop/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The statements of a SQL text: comment lines dropped, split at semicolons. */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    for (String part : withoutComments(sql).split(";")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  /**
   * The sections of a SQL resource: each starts at a line {@code -- @name} and runs to the next.
   */
  static Map<String, String> sections(String sql) {
    Map<String, String> out = new LinkedHashMap<>();
    String name = null;
    StringBuilder body = new StringBuilder();
    for (String line : (sql + "\n-- @end").split("\n")) {
      if (line.startsWith("-- @")) {
        if (name != null) {
          out.put(name, withoutComments(body.toString()).strip());
        }
        name = line.substring(4).strip();
        body.setLength(0);
      } else {
        body.append(line).append('\n');
      }
    }
    return out;
  }

  private static String withoutComments(String sql) {
    StringBuilder out = new StringBuilder();
    for (String line : sql.split("\n")) {
      if (!line.stripLeading().startsWith("--")) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  /** A SQL string literal. */
  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
