package org.medmine.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns, for terminals: numbers right-aligned, text left-aligned,
 * cells longer than the column limit cut with an ellipsis.
 */
public final class TextTable {
  private static final int MAX_WIDTH = 48;

  private final List<String> headers;
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();

  /** A header ending in {@code >} names a right-aligned column (the marker is not printed). */
  public TextTable(String... headers) {
    this.headers = new ArrayList<>();
    this.rightAligned = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      rightAligned[i] = headers[i].endsWith(">");
      this.headers.add(
          rightAligned[i] ? headers[i].substring(0, headers[i].length() - 1) : headers[i]);
    }
  }

  public TextTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "expected " + headers.size() + " cells, got " + cells.length);
    }
    List<String> r = new ArrayList<>();
    for (Object cell : cells) {
      r.add(format(cell));
    }
    rows.add(r);
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  private static String format(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Long || cell instanceof Integer) {
      return String.format(java.util.Locale.ROOT, "%,d", ((Number) cell).longValue());
    }
    String s = cell.toString().replace('\n', ' ').replace('\r', ' ');
    return s.length() > MAX_WIDTH ? s.substring(0, MAX_WIDTH - 1) + "…" : s;
  }

  /**
   * {@code s} cut to at most {@code n} characters, the last of them an ellipsis when it was cut.
   */
  public static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  /** The table, each line indented by {@code indent} spaces and ended by a newline. */
  public String render(int indent) {
    int[] width = new int[headers.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = headers.get(i).length();
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, indent, headers, width);
    for (List<String> r : rows) {
      line(sb, indent, r, width);
    }
    return sb.toString();
  }

  private void line(StringBuilder sb, int indent, List<String> cells, int[] width) {
    StringBuilder l = new StringBuilder(" ".repeat(indent));
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      String pad = " ".repeat(width[i] - c.length());
      l.append(rightAligned[i] ? pad + c : c + pad);
      if (i < cells.size() - 1) {
        l.append("  ");
      }
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }
}
