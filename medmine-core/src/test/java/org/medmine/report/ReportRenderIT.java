package org.medmine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.TestPopulations;
import org.medmine.apps.stats.WarehouseStats;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.warehouse.Warehouse;

/**
 * Opens the report of the 20-patient warehouse in headless Chromium and checks that every chart
 * rendered: the page's script counts, per chart, the marks the browser laid out with a non-empty
 * bounding box, and the dumped DOM must show that count equal to the marks in the file, for every
 * chart. Chromium is {@code $MEDMINE_CHROMIUM} or {@code chromium} on the PATH (Debian's package;
 * {@code .ci/run} installs it); without it this test fails, it does not skip.
 */
class ReportRenderIT {
  private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>");
  private static final Pattern CLASS = Pattern.compile("class=\"chart ([a-z-]+)\"");
  private static final Pattern DRAWN = Pattern.compile("data-marks-drawn=\"(\\d+)\"");

  @TempDir Path dir;

  static Path chromium() {
    String env = System.getenv("MEDMINE_CHROMIUM");
    if (env != null && !env.isBlank()) {
      Path p = Path.of(env);
      if (!Files.isExecutable(p)) {
        fail(
            "MEDMINE_CHROMIUM="
                + env
                + " is not an executable file: point it at a Chromium binary.");
      }
      return p;
    }
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(d.isEmpty() ? "." : d, "chromium");
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return fail(
        "Chromium is needed to check that the report renders, and there is none: install Debian's 'chromium'"
            + " package (.ci/run does) or set MEDMINE_CHROMIUM to a Chromium binary.");
  }

  static String dumpDom(Path chromium, Path html, Path profile)
      throws IOException, InterruptedException {
    Path dom = profile.resolveSibling("dom.html");
    Process p =
        new ProcessBuilder(
                chromium.toString(),
                "--headless",
                "--disable-gpu",
                "--no-sandbox",
                "--user-data-dir=" + profile,
                "--no-first-run",
                "--window-size=1400,1000",
                "--dump-dom",
                html.toUri().toString())
            .redirectOutput(dom.toFile())
            .redirectError(profile.resolveSibling("chromium.log").toFile())
            .start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Chromium did not finish rendering " + html + " within 180 s");
    }
    assertThat(p.exitValue())
        .as(
            "Chromium's exit code; its log: "
                + Files.readString(profile.resolveSibling("chromium.log")))
        .isZero();
    return Files.readString(dom, StandardCharsets.UTF_8);
  }

  @Test
  void everyChartOfTheReportRendersInChromium() throws Exception {
    Path chromium = chromium();
    WarehouseStats stats;
    try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb"))) {
      Ingestor.ingest(
          w,
          new IngestOptions(List.of(TestPopulations.small().fhirDir()), "synthea", null),
          IngestListener.NONE);
      // and a file with bad records, so the quarantine section draws its chart too
      Path bad =
          Files.writeString(
              dir.resolve("bad.ndjson"),
              "{oops\n{\"resourceType\":\"Patient\",\"id\":\"b\",\"birthDate\":\"1990-13-01\"}\n");
      Ingestor.ingest(w, new IngestOptions(List.of(bad), "fixture", null), IngestListener.NONE);
      stats = WarehouseStats.of(org.medmine.testing.EngineSession.of(w.connection()), 10);
    }
    // A section as a later analysis would add it: a curve, points, the diagonal and an event
    // marker.
    String roc =
        XyChart.of("ROC curve", "false positive rate", "true positive rate")
            .curve("model", new double[] {0, 0.1, 0.3, 1}, new double[] {0, 0.5, 0.8, 1})
            .points("thresholds", new double[] {0.1, 0.3}, new double[] {0.5, 0.8})
            .diagonal()
            .marker(0.3, "chosen threshold")
            .xRange(0, 1)
            .yRange(0, 1)
            .svg();
    Path html =
        stats
            .overview(ReportOptions.defaults("it"))
            .with(ReportSection.of("roc", "A later analysis", roc))
            .write(dir.resolve("report.html"));
    List<ReportPages.Chart> written = ReportPages.charts(Files.readString(html));
    assertThat(written).hasSize(10);

    Files.createDirectories(dir.resolve("profile"));
    String dom = dumpDom(chromium, html, dir.resolve("profile"));

    assertThat(dom)
        .as("the page's script ran")
        .contains("data-charts-checked=\"" + written.size() + "\"");
    List<String[]> rendered = new ArrayList<>();
    Matcher tags = SVG_TAG.matcher(dom);
    while (tags.find()) {
      Matcher c = CLASS.matcher(tags.group());
      Matcher d = DRAWN.matcher(tags.group());
      if (c.find()) {
        rendered.add(new String[] {c.group(1), d.find() ? d.group(1) : "none"});
      }
    }
    assertThat(rendered).hasSameSizeAs(written);
    for (int i = 0; i < written.size(); i++) {
      ReportPages.Chart chart = written.get(i);
      assertThat(rendered.get(i)[0]).isEqualTo(chart.kind());
      assertThat(rendered.get(i)[1])
          .as("marks laid out in chart %d (%s)", i, chart.kind())
          .isEqualTo(String.valueOf(chart.marks()));
      assertThat(chart.marks()).isPositive();
    }
    assertThat(dom)
        .contains(
            "ROC curve", "chosen threshold", "Top lab tests", "Quarantined records by reason");
  }

  /**
   * Measures in the browser what the page draws (issue 29, defect 8): every text of a chart inside
   * its SVG's viewBox (no label cut at the left edge, no legend past the right), and no section
   * wider than its card (no table or rule list sticking out). The check runs as a script added to a
   * copy of the page.
   */
  private static final String LAYOUT_CHECK =
      """
      <script>
      (function () {
        var outside = [];
        document.querySelectorAll('svg.chart').forEach(function (svg) {
          var box = svg.getBoundingClientRect(); // on screen, so rotated axis titles count as drawn
          svg.querySelectorAll('text').forEach(function (t) {
            var b = t.getBoundingClientRect();
            if (b.left < box.left - 1 || b.top < box.top - 1 || b.right > box.right + 1 || b.bottom > box.bottom + 1) {
              outside.push(svg.getAttribute('aria-label') + ': ' + t.textContent);
            }
          });
        });
        var wide = [];
        document.querySelectorAll('section').forEach(function (s) {
          if (s.scrollWidth > s.clientWidth + 1) { wide.push(s.id + ' (' + s.scrollWidth + ' > ' + s.clientWidth + ')'); }
        });
        document.body.setAttribute('data-text-outside', outside.join(' | '));
        document.body.setAttribute('data-sections-too-wide', wide.join(' | '));
      })();
      </script>
      """;

  @Test
  void everyTextStaysInsideItsChartAndEveryTableInsideItsCard() throws Exception {
    Path chromium = chromium();
    WarehouseStats stats;
    // A long input path, as a user's home folder gives: the provenance's ingest-run table must
    // still fit its card.
    Path deep =
        Files.createDirectories(
            dir.resolve(
                "a-rather-long-folder-name-for-the-hospital-export/2024-12-31T23-59-59/"
                    + "synthea-population-of-twenty-patients-seed-42/fhir"));
    try (var files = Files.list(TestPopulations.small().fhirDir())) {
      for (Path f : files.toList()) {
        Files.createSymbolicLink(deep.resolve(f.getFileName()), f.toAbsolutePath());
      }
    }
    try (Warehouse w = Warehouse.open(dir.resolve("w.duckdb"))) {
      Ingestor.ingest(w, new IngestOptions(List.of(deep), "synthea", null), IngestListener.NONE);
      stats = WarehouseStats.of(org.medmine.testing.EngineSession.of(w.connection()), 10);
    } finally {
      try (var links = Files.list(deep)) {
        for (Path link : links.toList()) {
          Files.delete(link);
        }
      }
    }
    String medications =
        new BarChart(
                "Most frequent medications",
                "rows",
                List.of(
                    "24 HR Metformin hydrochloride 500 MG Extended Release Oral Tablet",
                    "120 ACTUAT fluticasone propionate 0.044 MG/ACTUAT Metered Dose Inhaler [Flovent]",
                    "1 ML Epoetin Alfa 4000 UNT/ML Injection [Epogen]"),
                List.of(589, 523, 2284))
            .svg();
    String surveillance =
        XyChart.of("respiratory — all", "period", "cases")
            .line("observed", new double[] {19000, 19007, 19014}, new double[] {0, 1, 3})
            .curve(
                "threshold (Farrington flexible (Noufaily 2013))",
                new double[] {19000, 19014},
                new double[] {2, 2})
            .points(
                "alarm: Farrington flexible (Noufaily 2013)",
                new double[] {19014},
                new double[] {3})
            .points("alarm: EARS C2", new double[] {19014}, new double[] {3})
            .points("alarm: CUSUM", new double[] {19014}, new double[] {3})
            .marker(19014.5, "end of baseline")
            .xFormat(v -> java.time.LocalDate.ofEpochDay((long) v).toString())
            .svg();
    String tiny =
        XyChart.of("admissions: forecast", "day", "admissions")
            .curve("forecast", new double[] {0, 1, 2}, new double[] {0, 1.5e-7, 0.8e-7})
            .svg(); // tick labels of 1e-7
    String rules =
        "<pre>"
            + Html.escape(
                "IF last Hemoglobin A1c/Hemoglobin.total in Blood 365d > 6.2 AND last Body mass index"
                    + " (BMI) [Ratio] 365d > 29.5 AND procedure 365d: Assessment of health and social care needs (procedure) THEN risk 0.40 (n = 5)")
            + "</pre>";
    Path html =
        stats
            .overview(ReportOptions.defaults("it"))
            .with(
                ReportSection.of(
                    "charts", "Long labels", medications + surveillance + tiny + rules))
            .write(dir.resolve("layout.html"));
    Path checked =
        Files.writeString(
            dir.resolve("layout-checked.html"),
            Files.readString(html).replace("</body>", LAYOUT_CHECK + "</body>"));
    Files.createDirectories(dir.resolve("profile2"));
    String dom = dumpDom(chromium, checked, dir.resolve("profile2"));
    assertThat(attribute(dom, "data-text-outside")).as("chart texts outside their SVG").isEmpty();
    assertThat(attribute(dom, "data-sections-too-wide"))
        .as("sections wider than their card")
        .isEmpty();
  }

  private static String attribute(String dom, String name) {
    Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(dom);
    assertThat(m.find()).as("the layout check ran (" + name + ")").isTrue();
    return m.group(1);
  }
}
