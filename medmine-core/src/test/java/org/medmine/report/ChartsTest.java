package org.medmine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart and table helpers on hand-made data, where every mark and label is known. */
class ChartsTest {
  @Test
  void niceTicksAreOneTwoOrFiveTimesAPowerOfTen() {
    Scale s = Scale.nice(0, 87, 0, 100, 5);
    assertThat(s.step()).isEqualTo(20);
    assertThat(s.ticks()).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0, 100.0);
    assertThat(s.map(50)).isEqualTo(50);
    assertThat(Scale.nice(0, 0.93, 0, 1, 5).label(0.4)).isEqualTo("0.4");
    assertThat(Scale.counts(2, 0, 1, 5).ticks()).containsExactly(0.0, 1.0, 2.0);
    assertThat(Scale.counts(0, 0, 1, 5).ticks()).containsExactly(0.0, 1.0);
    assertThat(Scale.tight(1925, 2024, 0, 1, 8).ticks()).first().isEqualTo(1940.0);
    assertThat(Scale.counts(2, 0, 1, 5).ticks()).containsExactly(0.0, 1.0, 2.0);
    assertThat(Scale.counts(0, 0, 1, 5).ticks()).containsExactly(0.0, 1.0);
    assertThat(Scale.tight(1925, 2024, 0, 1, 8).ticks()).last().isEqualTo(2020.0);
  }

  @Test
  void aBarChartDrawsOneBarPerNonZeroValueAndEscapesItsLabels() {
    String svg =
        new BarChart(
                "Top <codes>",
                "rows",
                List.of("a & b", "<script>x</script>", "zero"),
                List.of(5, 3, 0))
            .svg();
    assertThat(ReportPages.count(svg, "class=\"mark\"")).isEqualTo(2);
    assertThat(svg)
        .contains("a &amp; b", "&lt;script&gt;x&lt;/script&gt;", "Top &lt;codes&gt;")
        .doesNotContain("<script>");
    assertThat(svg).contains(">rows</text>", "class=\"axis x-axis\"");
    assertThatThrownBy(() -> new BarChart("t", "v", List.of("a"), List.of(1, 2)))
        .hasMessageContaining("1 labels for 2 values");
  }

  @Test
  void aStackedBarChartStacksTheSeriesOfEachCategory() {
    var chart =
        new StackedBarChart(
            "Encounters",
            "month",
            "encounters",
            List.of("2024-01", "2024-02", "2024-03"),
            List.of(
                new StackedBarChart.Series("amb", new double[] {3, 0, 2}),
                new StackedBarChart.Series("emer", new double[] {1, 4, 0})));
    String svg = chart.svg();
    assertThat(ReportPages.count(svg, "class=\"mark\"")).isEqualTo(4);
    assertThat(svg)
        .contains(
            "2024-01 · amb: 3",
            "2024-02 · emer: 4",
            ">amb</text>",
            ">emer</text>",
            "class=\"legend\"");
    // the tallest column (4) sets the axis: ticks 0..4
    assertThat(svg).contains(">4</text>").doesNotContain(">6</text>");
  }

  @Test
  void aPyramidPutsOneGroupOnEachSide() {
    String svg =
        new PyramidChart(
                "Pyramid",
                List.of("0-9", "10-19"),
                "male",
                new double[] {2, 0},
                "female",
                new double[] {1, 3})
            .svg();
    assertThat(ReportPages.count(svg, "class=\"mark\"")).isEqualTo(3);
    assertThat(svg)
        .contains("male 0-9: 2", "female 0-9: 1", "female 10-19: 3")
        .doesNotContain(">male 10-19");
  }

  @Test
  void anXyChartDrawsLinesPointsCurvesTheDiagonalAndEventMarkers() {
    String svg =
        XyChart.of("ROC", "false positive rate", "true positive rate")
            .curve("model", new double[] {0, 0.2, 1}, new double[] {0, 0.7, 1})
            .points("thresholds", new double[] {0.2, 0.5}, new double[] {0.7, 0.9})
            .line("series", new double[] {0, 1}, new double[] {0.1, 0.2})
            .diagonal()
            .marker(0.5, "alarm <1>")
            .xRange(0, 1)
            .yRange(0, 1)
            .svg();
    assertThat(ReportPages.count(svg, "class=\"mark\"")).isEqualTo(4);
    assertThat(ReportPages.count(svg, "class=\"line\"")).isEqualTo(2);
    assertThat(svg)
        .contains(
            "class=\"reference\"",
            "class=\"event-marker\"",
            "alarm &lt;1&gt;",
            ">false positive rate</text>");
    assertThat(svg).contains(">0.0</text>", ">1.0</text>");
  }

  @Test
  void tablesEscapeEveryCellAndAlignNumbers() {
    String t =
        Html.table(
            List.of("name", "n"),
            List.of(List.of("<img src=x onerror=alert(1)>", 12345L), List.of("'\"&", 0.5)));
    assertThat(t)
        .contains(
            "&lt;img src=x onerror=alert(1)&gt;",
            "&#39;&quot;&amp;",
            "<td class=\"num\">12,345</td>",
            ">0.500<");
    assertThat(t).doesNotContain("<img");
    assertThat(Html.escape("a\u0001b")).isEqualTo("a\uFFFDb");
    // Long identifiers may break anywhere so the table fits its card; codes and words never do.
    String ids =
        Html.table(
            List.of("code", "system"),
            List.of(List.of("1664463", "http://www.nlm.nih.gov/research/umls/rxnorm")));
    assertThat(ids)
        .contains(
            "<td>1664463</td>",
            "<td class=\"wrap\">http://www.nlm.nih.gov/research/umls/rxnorm</td>");
  }

  private static final java.util.regex.Pattern TEXT =
      java.util.regex.Pattern.compile(
          "<text x=\"([-\\d.]+)\" y=\"[-\\d.]+\"([^>]*)>([^<]*)</text>");

  /**
   * Issue 29, defect 8: medication names were cut at 44 characters and still began left of the
   * chart's edge.
   */
  @Test
  void barLabelsBeginInsideTheChartHoweverLongOrWide() {
    String medication = "24 HR Metformin hydrochloride 500 MG Extended Release Oral Tablet";
    String wide = "WWWWWWWWWW MMMMMMMMMM WWWWWWWWWW MMMMMMMMMM WW";
    String svg =
        new BarChart(
                "Top medications",
                "rows",
                List.of(medication, wide, "lisinopril 10 MG Oral Tablet"),
                List.of(589, 300, 12))
            .svg();
    java.util.regex.Matcher m = TEXT.matcher(svg);
    int labels = 0;
    while (m.find()) {
      if (m.group(2).contains("text-anchor=\"end\"") && m.group(2).contains("font-size=\"12\"")) {
        labels++;
        assertThat(Double.parseDouble(m.group(1)) - TextWidth.of(m.group(3), 12))
            .as(m.group(3))
            .isGreaterThanOrEqualTo(0);
      }
    }
    assertThat(labels).isEqualTo(3);
    assertThat(svg)
        .contains(
            ">lisinopril 10 MG Oral Tablet<",
            ">24 HR Metformin hydrochloride",
            "…<",
            medication + ": 589");
  }

  /** Issue 29, defect 8: the surveillance chart's legend ran past the right edge on one line. */
  @Test
  void aLegendTooWideForOneLineWrapsAndStaysInsideTheChart() {
    XyChart chart =
        XyChart.of("respiratory — all", "period", "cases")
            .line("observed", new double[] {0, 1}, new double[] {1, 2})
            .curve(
                "threshold (Farrington flexible (Noufaily 2013))",
                new double[] {0, 1},
                new double[] {3, 3})
            .points(
                "alarm: Farrington flexible (Noufaily 2013)", new double[] {1}, new double[] {2})
            .points("alarm: EARS C2", new double[] {1}, new double[] {2})
            .points("alarm: CUSUM", new double[] {1}, new double[] {2});
    String svg = chart.svg();
    String legend =
        svg.substring(
            svg.indexOf("<g class=\"legend\">"),
            svg.indexOf("</g>", svg.indexOf("<g class=\"legend\">")));
    java.util.regex.Matcher m = TEXT.matcher(legend);
    java.util.Set<String> rows = new java.util.TreeSet<>();
    int entries = 0;
    while (m.find()) {
      entries++;
      double x = Double.parseDouble(m.group(1));
      assertThat(x).isGreaterThanOrEqualTo(0);
      assertThat(x + TextWidth.of(m.group(3), 12))
          .as(m.group(3))
          .isLessThanOrEqualTo(ChartFrame.WIDTH);
      rows.add(legend.substring(m.start(), m.end()).replaceAll(".* y=\"([-\\d.]+)\".*", "$1"));
    }
    assertThat(entries).isEqualTo(5);
    assertThat(rows).as("rows of the legend").hasSizeGreaterThan(1);
    assertThat(legend).contains(">threshold (Farrington flexible (Noufaily 2013))<");
    // The plot moves down by the extra row, and the chart grows by as much.
    assertThat(svg).contains("viewBox=\"0 0 760 378\"");
  }
}
