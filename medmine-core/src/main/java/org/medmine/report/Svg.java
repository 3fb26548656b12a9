package org.medmine.report;

import java.util.Locale;

/**
 * Writes SVG markup: elements with escaped attribute values and text. Coordinates are rounded to
 * 0.1 so the output is compact and stable.
 */
final class Svg {
  private final StringBuilder sb = new StringBuilder();

  /**
   * Opens an {@code <svg>} of the given size (scaling to the page width), with a title for screen
   * readers.
   */
  Svg(String cssClass, int width, int height, String title) {
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"")
        .append(Html.escape(cssClass))
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(Html.escape(title))
        .append("\">\n<title>")
        .append(Html.escape(title))
        .append("</title>\n");
  }

  static String num(double v) {
    if (Math.abs(v - Math.rint(v)) < 1e-9) {
      return Long.toString(Math.round(v));
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** Starts an element; {@code attrs} are name, value pairs (values escaped, doubles rounded). */
  Svg open(String tag, Object... attrs) {
    start(tag, attrs);
    sb.append(">");
    return this;
  }

  Svg close(String tag) {
    sb.append("</").append(tag).append(">\n");
    return this;
  }

  /** An empty element. */
  Svg el(String tag, Object... attrs) {
    start(tag, attrs);
    sb.append("/>\n");
    return this;
  }

  /** An element with a tooltip ({@code <title>} child, which browsers show on hover). */
  Svg withTooltip(String tag, String tooltip, Object... attrs) {
    start(tag, attrs);
    sb.append("><title>")
        .append(Html.escape(tooltip))
        .append("</title></")
        .append(tag)
        .append(">\n");
    return this;
  }

  /** A text element. */
  Svg text(double x, double y, String text, Object... attrs) {
    Object[] all = new Object[attrs.length + 4];
    all[0] = "x";
    all[1] = x;
    all[2] = "y";
    all[3] = y;
    System.arraycopy(attrs, 0, all, 4, attrs.length);
    start("text", all);
    sb.append(">").append(Html.escape(text)).append("</text>\n");
    return this;
  }

  private void start(String tag, Object... attrs) {
    if (attrs.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    sb.append('<').append(tag);
    for (int i = 0; i < attrs.length; i += 2) {
      Object v = attrs[i + 1];
      if (v == null) {
        continue;
      }
      String s = v instanceof Double d ? num(d) : v instanceof Float f ? num(f) : v.toString();
      sb.append(' ').append(attrs[i]).append("=\"").append(Html.escape(s)).append('"');
    }
  }

  /** Closes the {@code <svg>} and returns the markup. */
  String end() {
    return sb.append("</svg>\n").toString();
  }
}
