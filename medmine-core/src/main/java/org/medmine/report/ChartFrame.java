package org.medmine.report;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * What every chart draws the same way: the palette, the title, axes with ticks and grid lines, the
 * legend.
 */
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
    svg.text(
        WIDTH / 2.0,
        18,
        title,
        "class",
        "chart-title",
        "text-anchor",
        "middle",
        FONT,
        14,
        "font-weight",
        "bold");
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
    svg.text(
        14,
        mid,
        label,
        "text-anchor",
        "middle",
        FONT,
        12,
        "transform",
        "rotate(-90 14 " + Svg.num(mid) + ")");
    svg.close("g");
  }

  /** A horizontal value axis at {@code y}, with grid lines up to {@code yEnd}. */
  static void xAxis(
      Svg svg, Scale x, double y, double yEnd, String label, DoubleFunction<String> format) {
    svg.open("g", "class", "axis x-axis");
    for (double t : x.ticks()) {
      double px = x.map(t);
      svg.el("line", "x1", px, "x2", px, "y1", yEnd, "y2", y, "stroke", "#e3e3e3");
      String text = format == null ? x.label(t) : format.apply(t);
      // Centred on its tick, but moved inwards where it would stick out of the chart.
      double half = TextWidth.of(text, 11) / 2;
      svg.text(
          Math.min(Math.max(px, half + 2), WIDTH - half - 2),
          y + 16,
          text,
          "text-anchor",
          "middle",
          FONT,
          11);
    }
    svg.el("line", "x1", x.from(), "x2", x.to(), "y1", y, "y2", y, "stroke", "#333");
    svg.text((x.from() + x.to()) / 2, y + 34, label, "text-anchor", "middle", FONT, 12);
    svg.close("g");
  }

  /** Height of one legend row; a legend wider than the chart wraps into more rows. */
  static final int LEGEND_ROW = 18;

  private static final int LEGEND_FONT = 12;
  private static final int SWATCH_AND_GAP = 17;
  private static final int ENTRY_GAP = 14;
  private static final int MARGIN = 8;

  /** A name may take a whole row of the legend. */
  private static final double LEGEND_NAME_MAX = WIDTH - 2 * MARGIN - SWATCH_AND_GAP - ENTRY_GAP;

  /**
   * Where each legend entry goes: its name as drawn, its row and its x; every row centred and
   * inside the chart.
   */
  record LegendEntry(String text, int row, double x) {}

  static List<LegendEntry> legendLayout(List<String> names) {
    List<String> texts =
        names.stream().map(n -> TextWidth.fit(n, LEGEND_FONT, LEGEND_NAME_MAX)).toList();
    List<List<Integer>> rows = new java.util.ArrayList<>();
    List<Double> rowWidths = new java.util.ArrayList<>();
    double available = WIDTH - 2 * MARGIN;
    for (int i = 0; i < texts.size(); i++) {
      double w = entryWidth(texts.get(i));
      if (rows.isEmpty() || rowWidths.get(rows.size() - 1) + w > available) {
        rows.add(new java.util.ArrayList<>());
        rowWidths.add(0.0);
      }
      rows.get(rows.size() - 1).add(i);
      rowWidths.set(rows.size() - 1, rowWidths.get(rows.size() - 1) + w);
    }
    List<LegendEntry> out = new java.util.ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      double x = Math.max(MARGIN, (WIDTH - rowWidths.get(r) + ENTRY_GAP) / 2);
      for (int i : rows.get(r)) {
        out.add(new LegendEntry(texts.get(i), r, x));
        x += entryWidth(texts.get(i));
      }
    }
    return out;
  }

  /** Rows the legend of {@code names} takes (0 when there is nothing to show). */
  static int legendRows(List<String> names) {
    return legendLayout(names).stream().mapToInt(e -> e.row() + 1).max().orElse(0);
  }

  private static double entryWidth(String text) {
    return SWATCH_AND_GAP + TextWidth.of(text, LEGEND_FONT) + ENTRY_GAP;
  }

  /**
   * A legend of coloured squares, its first row centred at {@code y}, wrapped into rows that fit
   * the chart.
   */
  static void legend(Svg svg, List<String> names, double y) {
    if (names.isEmpty()) {
      return;
    }
    svg.open("g", "class", "legend");
    List<LegendEntry> entries = legendLayout(names);
    for (int i = 0; i < entries.size(); i++) {
      LegendEntry e = entries.get(i);
      double ry = y + e.row() * LEGEND_ROW;
      svg.el(
          "rect", "class", "swatch", "x", e.x(), "y", ry - 9, "width", 12, "height", 12, "fill",
          color(i));
      svg.text(e.x() + SWATCH_AND_GAP, ry + 1, e.text(), FONT, LEGEND_FONT);
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
