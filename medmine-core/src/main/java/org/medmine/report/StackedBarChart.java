package org.medmine.report;

import java.util.List;

/**
 * A vertical stacked bar chart: one column per category (e.g. a month), one coloured segment per
 * series (e.g. an encounter class) with a non-zero value, a legend of the series, and every k-th
 * category labelled so labels never overlap.
 *
 * @param title the chart title
 * @param xLabel what the categories are
 * @param yLabel what the values are
 * @param categories the columns, left to right
 * @param series the stacked series, bottom to top
 */
public record StackedBarChart(
    String title, String xLabel, String yLabel, List<String> categories, List<Series> series) {
  private static final int HEIGHT = 360;
  private static final int LEFT = 60;
  private static final int TOP = 50;
  private static final int BOTTOM = HEIGHT - 60;

  /** One stacked series: a value per category. */
  public record Series(String name, double[] values) {
    public Series {
      values = values.clone();
    }
  }

  public StackedBarChart {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    for (Series s : series) {
      if (s.values().length != categories.size()) {
        throw new IllegalArgumentException(
            "series "
                + s.name()
                + " has "
                + s.values().length
                + " values for "
                + categories.size()
                + " categories");
      }
    }
  }

  /** The chart as an SVG element. */
  public String svg() {
    int n = Math.max(categories.size(), 1);
    double max = tallestStack(n);
    List<String> names = series.stream().map(Series::name).toList();
    int extra = Math.max(0, ChartFrame.legendRows(names) - 1) * ChartFrame.LEGEND_ROW;
    double bottom = BOTTOM + extra;
    Scale y = Scale.counts(max, bottom, TOP + extra, 5);
    double right = ChartFrame.WIDTH - 20;
    double slot = (right - LEFT) / n;
    double barWidth = Math.max(slot * 0.8, 1);
    Svg svg = new Svg("chart stacked-bar-chart", ChartFrame.WIDTH, HEIGHT + extra, title);
    ChartFrame.title(svg, title);
    ChartFrame.legend(svg, names, 36);
    ChartFrame.yAxis(svg, y, LEFT, right, yLabel);
    drawBars(svg, y, slot, barWidth);
    drawCategoryAxis(svg, right, bottom, slot);
    return svg.end();
  }

  /** The largest total over the categories (of {@code n} slots). */
  private double tallestStack(int n) {
    double[] totals = new double[n];
    for (Series s : series) {
      for (int i = 0; i < s.values().length; i++) {
        totals[i] += s.values()[i];
      }
    }
    double max = 0;
    for (double t : totals) {
      max = Math.max(max, t);
    }
    return max;
  }

  /** One stacked bar per category, each series' share a rectangle with a tooltip. */
  private void drawBars(Svg svg, Scale y, double slot, double barWidth) {
    svg.open("g", "class", "marks");
    for (int i = 0; i < categories.size(); i++) {
      double x = LEFT + i * slot + (slot - barWidth) / 2;
      double base = 0;
      for (int k = 0; k < series.size(); k++) {
        double v = series.get(k).values()[i];
        if (v <= 0) {
          continue;
        }
        double y0 = y.map(base);
        double y1 = y.map(base + v);
        svg.withTooltip(
            "rect",
            categories.get(i) + " · " + series.get(k).name() + ": " + ChartFrame.format(v),
            "class",
            "mark",
            "x",
            x,
            "y",
            y1,
            "width",
            barWidth,
            "height",
            y0 - y1,
            "fill",
            ChartFrame.color(k));
        base += v;
      }
    }
    svg.close("g");
  }

  /** The x axis: a tick and label for at most about twelve categories, and the axis title. */
  private void drawCategoryAxis(Svg svg, double right, double bottom, double slot) {
    svg.open("g", "class", "axis x-axis");
    svg.el("line", "x1", LEFT, "x2", right, "y1", bottom, "y2", bottom, "stroke", "#333");
    int every = (int) Math.ceil(categories.size() / 12.0);
    for (int i = 0; i < categories.size(); i += Math.max(every, 1)) {
      double cx = LEFT + i * slot + slot / 2;
      svg.el("line", "x1", cx, "x2", cx, "y1", bottom, "y2", bottom + 4, "stroke", "#333");
      svg.text(cx, bottom + 17, categories.get(i), "text-anchor", "middle", "font-size", 11);
    }
    svg.text((LEFT + right) / 2, bottom + 40, xLabel, "text-anchor", "middle", "font-size", 12);
    svg.close("g");
  }
}
