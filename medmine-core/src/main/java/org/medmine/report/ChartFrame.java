package org.medmine.report;

import java.util.List;
import java.util.function.DoubleFunction;

/** What every chart draws the same way: the palette, the title, axes with ticks and grid lines, the legend. */
final class ChartFrame {
  /** Okabe and Ito's colour-blind-safe palette (2008), then Tableau's for more series. */
  private static final String[] PALETTE = {
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
    "#4E79A7", "#F28E2B", "#76B7B2", "#B07AA1", "#9C755F", "#BAB0AC"
  };

  static final int WIDTH = 760;
  static final String FONT = "font-size";

  private ChartFrame() {}

  static String color(int series) {
    return PALETTE[Math.floorMod(series, PALETTE.length)];
  }

  static void title(Svg svg, String title) {
    svg.text(WIDTH / 2.0, 18, title, "class", "chart-title", "text-anchor", "middle", FONT, 14, "font-weight", "bold");
  }

  /** A vertical value axis at {@code x}, with grid lines across to {@code xEnd}. */
  static void yAxis(Svg svg, Scale y, double x, double xEnd, String label) {
    svg.open("g", "class", "axis y-axis");
    for (double t : y.ticks()) {
      double py = y.map(t);
      svg.el("line", "x1", x, "x2", xEnd, "y1", py, "y2", py, "stroke", "#e3e3e3");
      svg.text(x - 6, py + 4, y.label(t), "text-anchor", "end", FONT, 11);
    }
    svg.el("line", "x1", x, "x2", x, "y1", y.from(), "y2", y.to(), "stroke", "#333");
    double mid = (y.from() + y.to()) / 2;
    svg.text(14, mid, label, "text-anchor", "middle", FONT, 12, "transform", "rotate(-90 14 " + Svg.num(mid) + ")");
    svg.close("g");
  }

  /** A horizontal value axis at {@code y}, with grid lines up to {@code yEnd}. */
  static void xAxis(Svg svg, Scale x, double y, double yEnd, String label, DoubleFunction<String> format) {
    svg.open("g", "class", "axis x-axis");
    for (double t : x.ticks()) {
      double px = x.map(t);
      svg.el("line", "x1", px, "x2", px, "y1", yEnd, "y2", y, "stroke", "#e3e3e3");
      svg.text(px, y + 16, format == null ? x.label(t) : format.apply(t), "text-anchor", "middle", FONT, 11);
    }
    svg.el("line", "x1", x.from(), "x2", x.to(), "y1", y, "y2", y, "stroke", "#333");
    svg.text((x.from() + x.to()) / 2, y + 34, label, "text-anchor", "middle", FONT, 12);
    svg.close("g");
  }

  /** A one-line legend of coloured squares, centred at {@code y}. */
  static void legend(Svg svg, List<String> names, double y) {
    if (names.isEmpty()) {
      return;
    }
    double[] widths = new double[names.size()];
    double total = 0;
    for (int i = 0; i < names.size(); i++) {
      widths[i] = 18 + 7 * Math.min(names.get(i).length(), 30) + 14;
      total += widths[i];
    }
    double x = Math.max(8, (WIDTH - total) / 2);
    svg.open("g", "class", "legend");
    for (int i = 0; i < names.size(); i++) {
      svg.el("rect", "class", "swatch", "x", x, "y", y - 9, "width", 12, "height", 12, "fill", color(i));
      svg.text(x + 17, y + 1, shorten(names.get(i), 30), FONT, 12);
      x += widths[i];
    }
    svg.close("g");
  }

  static String shorten(String s, int max) {
    String t = s == null ? "" : s;
    return t.length() <= max ? t : t.substring(0, max - 1) + "…";
  }

  static String format(double v) {
    return Html.number(Math.rint(v) == v ? (Number) Math.round(v) : (Number) v);
  }
}
