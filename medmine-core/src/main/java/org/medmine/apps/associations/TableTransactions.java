package org.medmine.apps.associations;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.medmine.ingest.table.ColumnKind;
import org.medmine.ingest.table.ColumnProfile;
import org.medmine.ingest.table.MissingTokens;
import org.medmine.ingest.table.TableProfiler;
import org.medmine.ingest.table.TableSource;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.WarehouseException;

/**
 * Transactions from a table file, read through the same DuckDB reader as {@code learn} ({@link
 * TableSource}, {@link TableProfiler#profiles}): each row is one transaction, and each chosen
 * column with a value in that row gives it one item. A column of levels (categorical, ordinal,
 * code) gives {@code column=value}; a numeric or date column is cut at its quartiles (DuckDB's
 * {@code quantile_disc}, so the cut points are values of the column) and gives {@code column<=q1},
 * {@code q1<column<=q2}, {@code q2<column<=q3} or {@code column>q3}, so a rule can say "large
 * radius" without one item per distinct number. Missing values (the missing-value tokens of {@link
 * MissingTokens}) give no item. Rows come in file order.
 */
public final class TableTransactions {
  private TableTransactions() {}

  /** The transactions of {@code items} in {@code file}, read in at most {@code memoryLimit}. */
  public static Transactions read(Path file, List<String> items, String memoryLimit) {
    if (items.isEmpty()) {
      throw new MedmineUserException(
          "Rules on a table need the columns to mine: give --items COL,... with --data "
              + file
              + ".");
    }
    try (TableSource t = TableSource.open(file, memoryLimit, MissingTokens.of(List.of()))) {
      items.forEach(c -> t.requireColumn(c, "--items"));
      List<String> select = new ArrayList<>();
      for (ColumnProfile c : TableProfiler.profiles(t, List.copyOf(items), null)) {
        select.add(item(t, c));
      }
      List<List<String>> rows = new ArrayList<>();
      try (Statement s = t.connection().createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT "
                      + String.join(", ", select)
                      + " FROM "
                      + TableSource.CLEAN
                      + " ORDER BY __row")) {
        while (rs.next()) {
          List<String> row = new ArrayList<>();
          for (int j = 1; j <= select.size(); j++) {
            if (rs.getString(j) != null) {
              row.add(rs.getString(j));
            }
          }
          if (!row.isEmpty()) {
            rows.add(List.copyOf(row));
          }
        }
      } catch (SQLException e) {
        throw new WarehouseException("could not read the items of " + file, e);
      }
      return new Transactions(Transactions.Kind.TABLE_ROWS, rows, Map.of(), Map.of());
    }
  }

  /** The SQL expression of column {@code c}'s item in a row (NULL where the value is missing). */
  private static String item(TableSource t, ColumnProfile c) {
    String col = TableSource.quote(c.name());
    String label = MissingTokens.literal(c.name());
    if (c.kind() != ColumnKind.NUMERIC && c.kind() != ColumnKind.DATE) {
      return label + " || '=' || " + col;
    }
    String value = c.kind() == ColumnKind.DATE ? "TRY_CAST(" + col + " AS DATE)" : number(col);
    Quartiles q = quartiles(t, value);
    String name = c.name();
    return String.format(
        Locale.ROOT,
        "CASE WHEN %1$s IS NULL THEN NULL WHEN %1$s <= %2$s THEN %5$s WHEN %1$s <= %3$s THEN %6$s"
            + " WHEN %1$s <= %4$s THEN %7$s ELSE %8$s END",
        value,
        q.typed(0),
        q.typed(1),
        q.typed(2),
        MissingTokens.literal(name + "<=" + q.text()[0]),
        MissingTokens.literal(q.text()[0] + "<" + name + "<=" + q.text()[1]),
        MissingTokens.literal(q.text()[1] + "<" + name + "<=" + q.text()[2]),
        MissingTokens.literal(name + ">" + q.text()[2]));
  }

  /** A column's three cut points as text, and the SQL type to compare them in. */
  private record Quartiles(String[] text, String type) {
    String typed(int i) {
      return "CAST(" + MissingTokens.literal(text[i]) + " AS " + type + ")";
    }
  }

  private static String number(String col) {
    return "TRY_CAST(" + col + " AS DOUBLE)";
  }

  /** The quartiles of {@code value}. */
  private static Quartiles quartiles(TableSource t, String value) {
    String q = "quantile_disc(" + value + ", %s)";
    String sql =
        "SELECT "
            + String.join(
                ", ",
                Stream.of("0.25", "0.5", "0.75")
                    .map(p -> "CAST(" + q.formatted(p) + " AS VARCHAR)")
                    .toList())
            + ", typeof("
            + q.formatted("0.5")
            + ") FROM "
            + TableSource.CLEAN;
    try (Statement s = t.connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      String[] text = new String[3];
      for (int i = 0; i < 3; i++) {
        text[i] = shortest(rs.getString(i + 1));
      }
      return new Quartiles(text, rs.getString(4).toUpperCase(Locale.ROOT));
    } catch (SQLException e) {
      throw new WarehouseException(
          "could not cut a column of " + t.file() + " at its quartiles", e);
    }
  }

  /** A number as DuckDB writes it, without a trailing {@code .0}. */
  private static String shortest(String v) {
    return v != null && v.endsWith(".0") ? v.substring(0, v.length() - 2) : v;
  }
}
