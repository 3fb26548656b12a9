package org.medmine.apps.governance;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.medmine.context.AnalysisContext;
import org.medmine.privacy.ProtectedOutput;
import org.medmine.warehouse.Warehouse;
import org.medmine.warehouse.WarehouseException;

/**
 * {@code export --omop}: the warehouse as OMOP CDM 5.4 CSV files ({@link OmopCdm}), one per table,
 * named as the table, with lower-case column names and ISO dates, the layout of OHDSI's Eunomia
 * data sets. The mapping is {@code omop/export.sql}; DuckDB streams each table to its file with
 * {@code COPY ... TO}. Source values and codes are kept in the {@code *_source_value} columns;
 * concept ids come from an Athena vocabulary folder when one is given ({@link OmopVocabulary}), and
 * are 0 otherwise. Like the Parquet export it is a copy of the whole warehouse (consent-denied
 * patients included, as {@link ParquetExport} does), recorded in the audit log and encrypted unless
 * the front end decides otherwise.
 */
public final class OmopExport {
  private OmopExport() {}

  /** Exports the context's warehouse to {@code dir}; returns the rows of each CDM table. */
  public static ParquetTables run(
      AnalysisContext context, Path dir, Path vocabulary, ProtectedOutput protection) {
    Map<String, Long> counts;
    try (Warehouse w = Warehouse.openExisting(context.warehouse(), true, context.settings())) {
      counts = write(w, dir, vocabulary, protection);
    }
    context.noteOther(context.warehouse(), counts, "export-omop", dir.toString());
    return new ParquetTables(counts);
  }

  /**
   * Writes {@code dir/<table>.csv} for every CDM table from {@code warehouse}, with concept ids
   * from {@code vocabulary} (null: none); returns the rows written per table.
   */
  public static Map<String, Long> write(
      Warehouse warehouse, Path dir, Path vocabulary, ProtectedOutput protection) {
    Map<String, String> sql = OmopCdm.sections(OmopCdm.resource("export.sql"));
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Statement s = warehouse.connection().createStatement()) {
      OmopCdm.stage(s);
      OmopVocabulary.stage(s, vocabulary);
      for (String statement : OmopCdm.statements(sql.get("setup"))) {
        s.execute(statement);
      }
      for (String table : OmopCdm.tables()) {
        String select = conform(s, table, sql.get(table));
        protection.write(
            dir.resolve(table + ".csv"), clear -> counts.put(table, copy(select, clear, s)));
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not export OMOP tables to " + dir, e);
    }
    return counts;
  }

  /**
   * {@code select} wrapped to give exactly the CDM table's columns, in order and typed as the DDL
   * says; a column the mapping leaves out is NULL, one the DDL lacks is a mistake in the mapping.
   */
  private static String conform(Statement s, String table, String select) throws SQLException {
    Set<String> given = new LinkedHashSet<>();
    try (ResultSet rs = s.executeQuery("DESCRIBE " + select)) {
      while (rs.next()) {
        given.add(rs.getString(1));
      }
    }
    Map<String, String> columns = OmopCdm.columns(s, table);
    if (!columns.keySet().containsAll(given)) {
      given.removeAll(columns.keySet());
      throw new IllegalStateException("export.sql gives " + table + " unknown columns " + given);
    }
    StringBuilder out = new StringBuilder("SELECT ");
    columns.forEach(
        (name, type) ->
            out.append("CAST(")
                .append(given.contains(name) ? "m." + name : "NULL")
                .append(" AS ")
                .append(type)
                .append(") AS ")
                .append(name)
                .append(", "));
    out.setLength(out.length() - 2);
    return out.append(" FROM (").append(select).append(") m ORDER BY 1").toString();
  }

  private static long copy(String select, Path file, Statement s) {
    try {
      return s.executeUpdate(
          "COPY ("
              + select
              + ") TO "
              + OmopCdm.literal(file.toString())
              + " (FORMAT csv, HEADER, DELIMITER ',')");
    } catch (SQLException e) {
      throw new WarehouseException("could not write " + file, e);
    }
  }
}
