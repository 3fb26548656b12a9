package org.medmine.report;

import java.util.List;

/**
 * A population pyramid: age bands from the youngest at the bottom to the oldest at the top, one
 * group to the left of the centre line and the other to the right, on a shared symmetric scale; one
 * bar per non-zero count.
 *
 * @param title the chart title
 * @param bands the band labels, youngest first
 * @param leftName the group drawn to the left (e.g. male)
 * @param left its counts per band
 * @param rightName the group drawn to the right (e.g. female)
 * @param right its counts per band
 */
public record PyramidChart(
    String title,
    List<String> bands,
    String leftName,
    double[] left,
    String rightName,
    double[] right) {
  private static final int ROW = 24;
  private static final int LABELS = 56;

  public PyramidChart {
    bands = List.copyOf(bands);
    left = left.clone();
    right = right.clone();
    if (left.length != bands.size() || right.length != bands.size()) {
      throw new IllegalArgumentException("a pyramid needs one count per band on each side");
    }
  }

  /** The chart as an SVG element. */
  public String svg() {
    double max = 1; // an empty pyramid still gets a readable axis
    for (int i = 0; i < bands.size(); i++) {
      max = Math.max(max, Math.max(left[i], right[i]));
    }
    double top = 50;
    double bottom = top + bands.size() * ROW;
    int height = (int) bottom + 50;
    double centre = ChartFrame.WIDTH / 2.0;
    double half = centre - LABELS / 2.0 - 40;
    Scale rightScale = Scale.counts(max, centre + LABELS / 2.0, centre + LABELS / 2.0 + half, 4);
    double leftZero = centre - LABELS / 2.0;
    Scale leftScale =
        new Scale(rightScale.min(), rightScale.max(), leftZero, leftZero - half, rightScale.step());
    Svg svg = new Svg("chart pyramid-chart", ChartFrame.WIDTH, height, title);
    ChartFrame.title(svg, title);
    ChartFrame.legend(svg, List.of(leftName, rightName), 36);
    ChartFrame.xAxis(svg, leftScale, bottom, top, leftName, null);
    ChartFrame.xAxis(svg, rightScale, bottom, top, rightName, null);
    svg.open("g", "class", "marks");
    for (int i = 0; i < bands.size(); i++) {
      drawBand(svg, i, bottom - (i + 1) * ROW, centre, leftScale, rightScale);
    }
    svg.close("g");
    return svg.end();
  }

  /**
   * Band {@code i} at height {@code y}: its label in the centre, its left bar and its right bar.
   */
  private void drawBand(
      Svg svg, int i, double y, double centre, Scale leftScale, Scale rightScale) {
    svg.text(centre, y + ROW / 2.0 + 4, bands.get(i), "text-anchor", "middle", "font-size", 11);
    if (left[i] > 0) {
      double x0 = leftScale.map(left[i]);
      svg.withTooltip(
          "rect",
          leftName + " " + bands.get(i) + ": " + ChartFrame.format(left[i]),
          "class",
          "mark",
          "x",
          x0,
          "y",
          y + 2,
          "width",
          leftScale.map(0) - x0,
          "height",
          ROW - 4,
          "fill",
          ChartFrame.color(0));
    }
    if (right[i] > 0) {
      svg.withTooltip(
          "rect",
          rightName + " " + bands.get(i) + ": " + ChartFrame.format(right[i]),
          "class",
          "mark",
          "x",
          rightScale.map(0),
          "y",
          y + 2,
          "width",
          rightScale.map(right[i]) - rightScale.map(0),
          "height",
          ROW - 4,
          "fill",
          ChartFrame.color(1));
    }
  }
}
