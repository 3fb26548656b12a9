package org.medmine.apps.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.TestPopulations;
import org.medmine.apps.stats.WarehouseStats.AgeBand;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.report.Html;
import org.medmine.report.HtmlReport;
import org.medmine.report.ReportOptions;
import org.medmine.report.ReportPages;
import org.medmine.report.ReportSection;
import org.medmine.warehouse.Warehouse;

/**
 * The overview report of the 20-patient warehouse: every section is there, every chart has as many
 * marks as the warehouse says it should (counted with SQL of the test's own), and nothing in the
 * page reaches outside it.
 */
class OverviewReportTest {
  static final ReportOptions FIXED = new ReportOptions("medmine report", "0.1.0-test", null);

  @TempDir static Path dir;
  static Warehouse warehouse;
  static WarehouseStats stats;
  static String html;

  @BeforeAll
  static void render() {
    warehouse = Warehouse.open(dir.resolve("w.duckdb"));
    Ingestor.ingest(
        warehouse,
        new IngestOptions(List.of(TestPopulations.small().fhirDir()), "synthea", null),
        IngestListener.NONE);
    stats = WarehouseStats.of(org.medmine.testing.EngineSession.of(warehouse.connection()), 10);
    html = stats.overview(FIXED).render();
  }

  @AfterAll
  static void close() {
    warehouse.close();
  }

  static long sql(String query) throws Exception {
    try (Statement s = warehouse.connection().createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static String text(String query) throws Exception {
    try (Statement s = warehouse.connection().createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void everySectionIsThereOnceAndInTheTableOfContents() {
    List<String> ids =
        List.of(
            "tables",
            "population",
            "encounters",
            "conditions",
            "medications",
            "lab-tests",
            "procedures",
            "quarantine",
            "provenance");
    assertThat(ReportPages.sectionIds(html)).containsExactlyElementsOf(ids);
    for (String id : ids) {
      assertThat(html).contains("<a href=\"#" + id + "\">");
    }
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
  }

  @Test
  void chartsHaveOneMarkPerNonZeroValueOfTheWarehouse() throws Exception {
    long nonEmptyTables = 0;
    for (var t : stats.tables()) {
      nonEmptyTables += sql("SELECT CASE WHEN COUNT(*) > 0 THEN 1 ELSE 0 END FROM " + t.table());
    }
    assertThat(marks("tables", 0)).isEqualTo(nonEmptyTables);

    long pyramidBars = 0;
    for (AgeBand b : stats.population().bands()) {
      pyramidBars += (b.male() > 0 ? 1 : 0) + (b.female() > 0 ? 1 : 0);
    }
    assertThat(marks("population", 0)).isEqualTo(pyramidBars).isPositive();

    String lastMonth = text("SELECT strftime(MAX(start_time), '%Y-%m') FROM encounter");
    String firstShown =
        YearMonth.parse(lastMonth).minusMonths(OverviewSections.MONTHS_SHOWN - 1).toString();
    long monthClassCells =
        sql(
            "SELECT COUNT(*) FROM (SELECT DISTINCT strftime(start_time, '%Y-%m') AS m, class_code FROM encounter)"
                + " WHERE m >= '"
                + firstShown
                + "'");
    assertThat(marks("encounters", 0))
        .isEqualTo(monthClassCells)
        .isGreaterThan(OverviewSections.MONTHS_SHOWN / 2);
    long years = sql("SELECT MAX(year(start_time)) - MIN(year(start_time)) + 1 FROM encounter");
    long classes = sql("SELECT COUNT(DISTINCT class_code) FROM encounter");
    assertThat(marks("encounters", 1)).isEqualTo(years * classes);

    assertThat(marks("conditions", 0))
        .isEqualTo(
            Math.min(
                10,
                sql(
                    "SELECT COUNT(DISTINCT code) FROM condition WHERE "
                        + org.medmine.model.SnomedSemanticTag.notFindingSql("code_display"))));
    assertThat(marks("medications", 0)).isEqualTo(10);
    assertThat(marks("lab-tests", 0)).isEqualTo(10);
    assertThat(ReportPages.charts(ReportPages.section(html, "quarantine"))).isEmpty();
    assertThat(ReportPages.section(html, "quarantine")).contains("Nothing was quarantined");
  }

  private static long marks(String section, int chart) {
    return ReportPages.charts(ReportPages.section(html, section)).get(chart).marks();
  }

  @Test
  void chartsAreRealChartsWithAxesLabelsAndLegends() {
    List<ReportPages.Chart> charts = ReportPages.charts(html);
    assertThat(charts)
        .extracting(ReportPages.Chart::kind)
        .contains("bar-chart", "stacked-bar-chart", "xy-chart", "pyramid-chart");
    for (ReportPages.Chart c : charts) {
      assertThat(c.svg()).as(c.kind()).contains("<title>", "class=\"axis", "class=\"chart-title\"");
      assertThat(c.marks()).as(c.kind()).isPositive();
    }
    String encounters = ReportPages.section(html, "encounters");
    assertThat(encounters)
        .contains("class=\"legend\"", ">amb</text>", ">encounters</text>", ">month</text>");
    assertThat(ReportPages.section(html, "population"))
        .contains(">male</text>", ">female</text>", ">90+</text>");
  }

  @Test
  void nothingInThePageReachesOutsideIt() {
    assertThat(ReportPages.externalReferences(html)).isEmpty();
    assertThat(html).contains("<style>", "<script>");
  }

  @Test
  void theProvenanceNamesTheWarehouseTheVersionAndTheIngestRuns() {
    String p = ReportPages.section(html, "provenance");
    assertThat(p)
        .contains(
            Html.escape(stats.warehouse()),
            "0.1.0-test",
            stats.ingestRuns().get(0).runId(),
            "Ingest runs");
    assertThat(p).doesNotContain("generated at");
    Instant at = Instant.parse("2026-01-02T03:04:05Z");
    String stamped = stats.overview(new ReportOptions("t", "v", at)).render();
    assertThat(ReportPages.section(stamped, "provenance"))
        .contains("generated at (UTC)", "2026-01-02T03:04:05Z");
  }

  @Test
  void anEmptyWarehouseGivesAReportThatSaysSo() {
    try (Warehouse empty = Warehouse.open(dir.resolve("empty.duckdb"))) {
      String page =
          WarehouseStats.of(org.medmine.testing.EngineSession.of(empty.connection()), 10)
              .overview(FIXED)
              .render();
      assertThat(ReportPages.sectionIds(page)).hasSize(9);
      assertThat(ReportPages.section(page, "encounters")).contains("no encounters");
      assertThat(ReportPages.section(page, "conditions")).contains("no conditions");
      assertThat(ReportPages.charts(ReportPages.section(page, "population")))
          .singleElement()
          .satisfies(c -> assertThat(c.marks()).isZero());
      assertThat(ReportPages.section(page, "population"))
          .contains(">1</text>")
          .doesNotContain("E-", "NaN");
    }
  }

  @Test
  void anEmptyReportHoldsOnlyWhatIsAddedAndItsProvenance() {
    HtmlReport report = HtmlReport.empty(FIXED).with(ReportSection.of("a", "A", "<p>a</p>"));
    assertThat(report.sections()).extracting(ReportSection::id).containsExactly("a", "provenance");
    assertThat(ReportPages.section(report.render(), "provenance"))
        .contains("0.1.0-test")
        .doesNotContain("Ingest runs");
  }

  @Test
  void withoutATimestampTheReportIsTheSameEveryTime() {
    assertThat(
            WarehouseStats.of(org.medmine.testing.EngineSession.of(warehouse.connection()), 10)
                .overview(FIXED)
                .render())
        .isEqualTo(html);
  }

  @Test
  void sectionsAddedByLaterAnalysesComeBeforeTheProvenance() throws IOException {
    ReportSection extra =
        ReportSection.of("risk-model", "Risk <model> & co", Html.paragraph("AUROC 0.81 <b>"));
    HtmlReport report = stats.overview(FIXED).with(extra);
    assertThat(report.sections())
        .extracting(ReportSection::id)
        .endsWith("risk-model", "provenance");
    Path out = report.write(dir.resolve("sub/report.html"));
    String written = Files.readString(out);
    assertThat(written)
        .contains("<h2>Risk &lt;model&gt; &amp; co</h2>", "<p>AUROC 0.81 &lt;b&gt;</p>");
    assertThat(written).doesNotContain("<model>", "<b>");
    assertThat(dir.resolve("sub")).isDirectoryNotContaining("glob:**.tmp");
    assertThatThrownBy(() -> report.with(ReportSection.of("tables", "again", "")))
        .hasMessageContaining("'tables'");
    assertThatThrownBy(() -> ReportSection.of("Bad Id", "x", "")).hasMessageContaining("Bad Id");
  }
}
