package org.medmine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A chart of numeric x against numeric y: time series (lines with a point marker per observation),
 * scatter plots (points only), curves (lines only, e.g. an ROC or calibration curve), a dashed y =
 * x reference diagonal, and vertical event markers (e.g. an alarm date). A y of NaN is a gap: no
 * point, and the line breaks there rather than joining its neighbours across it. Built step by
 * step:
 *
 * <pre>{@code
 * String svg = XyChart.of("Encounters per year", "year", "encounters")
 *     .line("ambulatory", years, counts).marker(2020, "pandemic").xFormat(v -> String.valueOf((long) v)).svg();
 * }</pre>
 */
public final class XyChart {
  private static final int HEIGHT = 360;
  private static final int LEFT = 64;
  private static final int TOP = 50;
  private static final int BOTTOM = HEIGHT - 60;

  private enum Style {
    LINE_AND_POINTS,
    POINTS,
    LINE
  }

  private record Series(String name, double[] x, double[] y, Style style) {}

  private record Marker(double x, String label) {}

  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final List<Series> series = new ArrayList<>();
  private final List<Marker> markers = new ArrayList<>();
  private DoubleFunction<String> xFormat;
  private double[] xRange;
  private double[] yRange;
  private boolean diagonal;

  private XyChart(String title, String xLabel, String yLabel) {
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
  }

  public static XyChart of(String title, String xLabel, String yLabel) {
    return new XyChart(title, xLabel, yLabel);
  }

  /** A line with a point marker at each (x, y), points in the order given. */
  public XyChart line(String name, double[] x, double[] y) {
    return add(name, x, y, Style.LINE_AND_POINTS);
  }

  /** Points only (a scatter plot). */
  public XyChart points(String name, double[] x, double[] y) {
    return add(name, x, y, Style.POINTS);
  }

  /** A line without point markers (a curve). */
  public XyChart curve(String name, double[] x, double[] y) {
    return add(name, x, y, Style.LINE);
  }

  private XyChart add(String name, double[] x, double[] y, Style style) {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "series " + name + " has " + x.length + " x values and " + y.length + " y values");
    }
    series.add(new Series(name, x.clone(), y.clone(), style));
    return this;
  }

  /** A vertical dashed line at {@code x}, labelled. */
  public XyChart marker(double x, String label) {
    markers.add(new Marker(x, label));
    return this;
  }

  /** The dashed y = x reference line (chance on an ROC curve, perfect calibration). */
  public XyChart diagonal() {
    diagonal = true;
    return this;
  }

  /** How x tick labels are written (default: numbers). */
  public XyChart xFormat(DoubleFunction<String> format) {
    xFormat = format;
    return this;
  }

  /** Fixes the x axis to {@code [min, max]} instead of fitting the data. */
  public XyChart xRange(double min, double max) {
    xRange = new double[] {min, max};
    return this;
  }

  /** Fixes the y axis to {@code [min, max]} instead of fitting the data (from zero). */
  public XyChart yRange(double min, double max) {
    yRange = new double[] {min, max};
    return this;
  }

  /** The chart as an SVG element. */
  public String svg() {
    double right = ChartFrame.WIDTH - 24;
    List<String> names = series.stream().map(Series::name).toList();
    // A legend of more than one row pushes the plot down and makes the chart taller by as much.
    int extra = Math.max(0, ChartFrame.legendRows(names) - 1) * ChartFrame.LEGEND_ROW;
    double top = TOP + extra;
    double bottom = BOTTOM + extra;
    Scale x = scale(xRange, true, LEFT, right);
    Scale y = scale(yRange, false, bottom, top);
    Svg svg = new Svg("chart xy-chart", ChartFrame.WIDTH, HEIGHT + extra, title);
    ChartFrame.title(svg, title);
    ChartFrame.legend(svg, names, 36);
    ChartFrame.yAxis(svg, y, LEFT, right, yLabel);
    ChartFrame.xAxis(svg, x, bottom, top, xLabel, xFormat);
    if (diagonal) {
      drawDiagonal(svg, x, y);
    }
    for (Marker m : markers) {
      drawMarker(svg, m, x.map(m.x()), top, bottom);
    }
    svg.open("g", "class", "marks");
    for (int k = 0; k < series.size(); k++) {
      drawSeries(svg, series.get(k), ChartFrame.color(k), x, y);
    }
    svg.close("g");
    return svg.end();
  }

  private static void drawDiagonal(Svg svg, Scale x, Scale y) {
    double lo = Math.max(x.min(), y.min());
    double hi = Math.min(x.max(), y.max());
    svg.el(
        "line",
        "class",
        "reference",
        "x1",
        x.map(lo),
        "y1",
        y.map(lo),
        "x2",
        x.map(hi),
        "y2",
        y.map(hi),
        "stroke",
        "#888",
        "stroke-dasharray",
        "4 4");
  }

  /**
   * A dashed vertical line at {@code px}, labelled right of the line, or left of it where it would
   * leave the chart.
   */
  private static void drawMarker(Svg svg, Marker m, double px, double top, double bottom) {
    svg.el(
        "line",
        "class",
        "event-marker",
        "x1",
        px,
        "x2",
        px,
        "y1",
        top,
        "y2",
        bottom,
        "stroke",
        "#c00",
        "stroke-dasharray",
        "3 3");
    boolean fitsRight = px + 3 + TextWidth.of(m.label(), 11) <= ChartFrame.WIDTH - 2;
    svg.text(
        fitsRight ? px + 3 : px - 3,
        top + 10,
        m.label(),
        "font-size",
        11,
        "fill",
        "#c00",
        "text-anchor",
        fitsRight ? "start" : "end");
  }

  /** A series as its line, its point markers (each with a tooltip) or both, as its style says. */
  private void drawSeries(Svg svg, Series s, String color, Scale x, Scale y) {
    if (s.style() != Style.POINTS && s.x().length > 1) {
      String d = path(s, x, y);
      if (!d.isEmpty()) {
        svg.el("path", "class", "line", "d", d, "fill", "none", "stroke", color, "stroke-width", 2);
      }
    }
    if (s.style() != Style.LINE) {
      for (int i = 0; i < s.x().length; i++) {
        if (!defined(s, i)) {
          continue;
        }
        String where = xFormat == null ? ChartFrame.format(s.x()[i]) : xFormat.apply(s.x()[i]);
        svg.withTooltip(
            "circle",
            s.name() + " · " + where + ": " + ChartFrame.format(s.y()[i]),
            "class",
            "mark",
            "cx",
            x.map(s.x()[i]),
            "cy",
            y.map(s.y()[i]),
            "r",
            3,
            "fill",
            color);
      }
    }
  }

  /**
   * The series' line: a new segment ("M") after every gap, so no line is drawn across missing
   * values.
   */
  private static String path(Series s, Scale x, Scale y) {
    StringBuilder d = new StringBuilder();
    boolean pen = false;
    for (int i = 0; i < s.x().length; i++) {
      if (!defined(s, i)) {
        pen = false;
        continue;
      }
      d.append(d.length() == 0 ? "" : " ")
          .append(pen ? "L" : "M")
          .append(Svg.num(x.map(s.x()[i])))
          .append(',')
          .append(Svg.num(y.map(s.y()[i])));
      pen = true;
    }
    return d.toString();
  }

  private static boolean defined(Series s, int i) {
    return Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i]);
  }

  private Scale scale(double[] fixed, boolean isX, double from, double to) {
    if (fixed != null) {
      return Scale.exact(fixed[0], fixed[1], Scale.niceStep((fixed[1] - fixed[0]) / 5), from, to);
    }
    double lo = isX ? Double.POSITIVE_INFINITY : 0;
    double hi = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (double v : isX ? s.x() : s.y()) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (isX) {
      for (Marker m : markers) {
        lo = Math.min(lo, m.x());
        hi = Math.max(hi, m.x());
      }
    }
    if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
      lo = 0;
      hi = 1;
    }
    return isX ? Scale.tight(lo, hi, from, to, 8) : Scale.nice(lo, hi, from, to, 5);
  }
}
