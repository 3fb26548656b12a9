package org.medmine.report;

import java.util.List;

/**
 * A horizontal bar chart of labelled values (top codes, counts per category): one bar per non-zero
 * value, each with its value at its end and the full label as a tooltip.
 *
 * @param title the chart title
 * @param valueLabel what the values are (the x axis title)
 * @param labels the category labels, top to bottom
 * @param values the values, same order; not negative
 */
public record BarChart(
    String title, String valueLabel, List<String> labels, List<? extends Number> values) {
  private static final int ROW = 22;
  private static final int LEFT = 300;
  private static final int LABEL_FONT = 12;
  private static final int LABEL_MARGIN = 4;

  public BarChart {
    if (labels.size() != values.size()) {
      throw new IllegalArgumentException(
          labels.size() + " labels for " + values.size() + " values");
    }
    labels = List.copyOf(labels);
    values = List.copyOf(values);
  }

  /** The chart as an SVG element. */
  public String svg() {
    int height = 40 + Math.max(labels.size(), 1) * ROW + 50;
    double max = values.stream().mapToDouble(Number::doubleValue).max().orElse(1);
    boolean counts = values.stream().allMatch(v -> v.doubleValue() == Math.rint(v.doubleValue()));
    Scale x =
        counts
            ? Scale.counts(max, LEFT, ChartFrame.WIDTH - 50, 6)
            : Scale.nice(0, Math.max(max, 1e-9), LEFT, ChartFrame.WIDTH - 50, 6);
    Svg svg = new Svg("chart bar-chart", ChartFrame.WIDTH, height, title);
    ChartFrame.title(svg, title);
    double bottom = 34 + labels.size() * ROW + 6;
    ChartFrame.xAxis(svg, x, bottom, 30, valueLabel, null);
    svg.open("g", "class", "marks");
    for (int i = 0; i < labels.size(); i++) {
      double v = values.get(i).doubleValue();
      double y = 34 + i * ROW;
      // Right-aligned at LEFT - 8: cut (the bar's tooltip has it whole) so it starts inside the
      // chart.
      String label = TextWidth.fit(labels.get(i), LABEL_FONT, LEFT - 8 - LABEL_MARGIN);
      svg.text(LEFT - 8, y + ROW / 2.0 + 4, label, "text-anchor", "end", "font-size", LABEL_FONT);
      if (v > 0) {
        double w = Math.max(x.map(v) - x.map(0), 1.5); // a non-zero value stays visible
        svg.withTooltip(
            "rect",
            labels.get(i) + ": " + ChartFrame.format(v),
            "class",
            "mark",
            "x",
            x.map(0),
            "y",
            y + 3,
            "width",
            w,
            "height",
            ROW - 6,
            "fill",
            ChartFrame.color(0));
        svg.text(x.map(0) + w + 4, y + ROW / 2.0 + 4, ChartFrame.format(v), "font-size", 11);
      }
    }
    svg.close("g");
    return svg.end();
  }
}
