package org.medmine.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A map-like chart of places: points at their latitude and longitude (an equirectangular projection
 * whose east-west scale is the cosine of the mean latitude, so that distances look alike in both
 * directions over a region the size of a few states), each sized by a value, and circles of a
 * radius in kilometres (a scan statistic's clusters). It draws no coastline or border: it needs no
 * map tiles and no network, as every chart of the report.
 *
 * <pre>{@code
 * String svg = RegionMap.of("Clusters").point("021", 42.34, -71.07, 40).circle("cluster 1", 42.34, -71.07, 12.5).svg();
 * }</pre>
 */
public final class RegionMap {
  private static final int HEIGHT = 440;
  private static final int MARGIN = 30;
  private static final int TOP = 50;
  private static final double KM_PER_DEGREE = 111.195;
  private static final double LEAST_CIRCLE_PX = 8;

  private record Point(String label, double lat, double lon, double value) {}

  private record Circle(String label, double lat, double lon, double radiusKm) {}

  private final String title;
  private final List<Point> points = new ArrayList<>();
  private final List<Circle> circles = new ArrayList<>();

  private RegionMap(String title) {
    this.title = title;
  }

  public static RegionMap of(String title) {
    return new RegionMap(title);
  }

  /**
   * A place at its centroid; its dot's area grows with {@code value} (e.g. cases), labelled when
   * few.
   */
  public RegionMap point(String label, double latitude, double longitude, double value) {
    points.add(new Point(label, latitude, longitude, value));
    return this;
  }

  /**
   * A circle of {@code radiusKm} around a centre (drawn at least a few pixels wide, so a one-place
   * circle shows).
   */
  public RegionMap circle(String label, double latitude, double longitude, double radiusKm) {
    circles.add(new Circle(label, latitude, longitude, radiusKm));
    return this;
  }

  /** The map as an SVG element. */
  public String svg() {
    List<String> names = circles.stream().map(Circle::label).toList();
    int extra = Math.max(0, ChartFrame.legendRows(names) - 1) * ChartFrame.LEGEND_ROW;
    double top = TOP + extra;
    Projection p = projection(top);
    Svg svg = new Svg("chart region-map", ChartFrame.WIDTH, HEIGHT + extra, title);
    ChartFrame.title(svg, title);
    ChartFrame.legend(svg, names, 36);
    svg.el(
        "rect",
        "class",
        "map-frame",
        "x",
        MARGIN,
        "y",
        top,
        "width",
        ChartFrame.WIDTH - 2 * MARGIN,
        "height",
        HEIGHT + extra - top - MARGIN,
        "fill",
        "#f7f9fb",
        "stroke",
        "#d0d7de");
    svg.open("g", "class", "marks");
    drawPoints(svg, p);
    drawCircles(svg, p);
    svg.close("g");
    return svg.end();
  }

  /** The places: dots sized by the square root of their value, labelled when there are few. */
  private void drawPoints(Svg svg, Projection p) {
    double most = points.stream().mapToDouble(Point::value).max().orElse(1);
    for (Point pt : points) {
      double r = 2.5 + 6 * Math.sqrt(Math.max(0, pt.value()) / Math.max(most, 1e-9));
      svg.withTooltip(
          "circle",
          pt.label() + ": " + ChartFrame.format(pt.value()),
          "class",
          "place",
          "cx",
          p.x(pt.lon()),
          "cy",
          p.y(pt.lat()),
          "r",
          r,
          "fill",
          "#555",
          "fill-opacity",
          0.6);
      if (points.size() <= 60) {
        svg.text(
            p.x(pt.lon()) + r + 2, p.y(pt.lat()) + 4, pt.label(), "font-size", 10, "fill", "#333");
      }
    }
  }

  /** The clusters' circles, each in its legend colour. */
  private void drawCircles(Svg svg, Projection p) {
    for (int k = 0; k < circles.size(); k++) {
      Circle c = circles.get(k);
      double r = Math.max(LEAST_CIRCLE_PX, c.radiusKm() / KM_PER_DEGREE * p.pxPerDegree());
      svg.withTooltip(
          "circle",
          c.label() + " · radius " + ChartFrame.format(c.radiusKm()) + " km",
          "class",
          "cluster",
          "cx",
          p.x(c.lon()),
          "cy",
          p.y(c.lat()),
          "r",
          r,
          "fill",
          ChartFrame.color(k),
          "fill-opacity",
          0.15,
          "stroke",
          ChartFrame.color(k),
          "stroke-width",
          2);
    }
  }

  /**
   * Degrees to pixels: a box around every point and circle, scaled alike in both directions and
   * centred.
   */
  private record Projection(
      double lat0, double lon0, double cosLat, double pxPerDegree, double cx, double cy) {
    double x(double lon) {
      return cx + (lon - lon0) * cosLat * pxPerDegree;
    }

    double y(double lat) {
      return cy - (lat - lat0) * pxPerDegree;
    }
  }

  private Projection projection(double top) {
    double minLat = Double.POSITIVE_INFINITY;
    double maxLat = Double.NEGATIVE_INFINITY;
    double minLon = Double.POSITIVE_INFINITY;
    double maxLon = Double.NEGATIVE_INFINITY;
    double meanLat = points.stream().mapToDouble(Point::lat).average().orElse(0);
    double cosLat = Math.max(0.2, Math.cos(Math.toRadians(meanLat)));
    List<double[]> boxes = new ArrayList<>(); // lat, lon, radius in degrees of latitude
    points.forEach(pt -> boxes.add(new double[] {pt.lat(), pt.lon(), 0}));
    circles.forEach(c -> boxes.add(new double[] {c.lat(), c.lon(), c.radiusKm() / KM_PER_DEGREE}));
    for (double[] b : boxes) {
      minLat = Math.min(minLat, b[0] - b[2]);
      maxLat = Math.max(maxLat, b[0] + b[2]);
      minLon = Math.min(minLon, b[1] - b[2] / cosLat);
      maxLon = Math.max(maxLon, b[1] + b[2] / cosLat);
    }
    if (boxes.isEmpty()) {
      minLat = maxLat = minLon = maxLon = 0;
    }
    double width = ChartFrame.WIDTH - 2 * MARGIN - 60; // room for labels right of the points
    double height = HEIGHT - TOP - 2 * MARGIN;
    double spanLat = Math.max(maxLat - minLat, 0.05);
    double spanLon = Math.max((maxLon - minLon) * cosLat, 0.05);
    double px = Math.min(width / spanLon, height / spanLat);
    return new Projection(
        (minLat + maxLat) / 2,
        (minLon + maxLon) / 2,
        cosLat,
        px,
        MARGIN + 20 + width / 2,
        top + MARGIN / 2.0 + height / 2);
  }
}
