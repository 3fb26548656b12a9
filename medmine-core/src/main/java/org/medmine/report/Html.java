package org.medmine.report;

import java.util.List;
import java.util.Locale;

/** HTML text: escaping, and tables whose every cell is escaped. */
public final class Html {
  private Html() {}

  /**
   * Escapes {@code s} for HTML text and quoted attribute values; {@code null} becomes the empty
   * string.
   */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          // Control characters other than tab and newline are not allowed in HTML; show them as
          // U+FFFD.
          sb.append(ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' ? '\uFFFD' : ch);
        }
      }
    }
    return sb.toString();
  }

  /**
   * A table: numbers are formatted with thousands separators and right-aligned, everything else
   * escaped.
   */
  public static String table(List<String> headers, List<List<?>> rows) {
    StringBuilder sb = new StringBuilder("<table>\n<thead><tr>");
    for (String h : headers) {
      sb.append("<th>").append(escape(h)).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (List<?> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException(
            "a row has " + row.size() + " cells for " + headers.size() + " columns");
      }
      sb.append("<tr>");
      for (Object cell : row) {
        if (cell instanceof Number n) {
          sb.append("<td class=\"num\">").append(number(n)).append("</td>");
        } else {
          String text = cell == null ? "" : cell.toString();
          sb.append(LONG_TOKEN.matcher(text).find() ? "<td class=\"wrap\">" : "<td>")
              .append(escape(text))
              .append("</td>");
        }
      }
      sb.append("</tr>\n");
    }
    return sb.append("</tbody>\n</table>\n").toString();
  }

  /**
   * A run of more than 20 characters without a space (a path, a URI, a run id): such a cell may
   * break it anywhere (CSS class {@code wrap}) so that its table fits the page; shorter words and
   * codes never break.
   */
  private static final java.util.regex.Pattern LONG_TOKEN =
      java.util.regex.Pattern.compile("\\S{21,}");

  /** A paragraph of escaped text. */
  public static String paragraph(String text) {
    return "<p>" + escape(text) + "</p>\n";
  }

  static String number(Number n) {
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      return Math.abs(d) >= 100
          ? String.format(Locale.ROOT, "%,.0f", d)
          : String.format(Locale.ROOT, "%.3g", d);
    }
    return String.format(Locale.ROOT, "%,d", n.longValue());
  }
}
