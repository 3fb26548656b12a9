package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.TestPopulations;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.demo.DemoHost;
import org.medmine.demo.DemoSteps;
import org.medmine.report.HtmlReport;
import org.medmine.report.ReportOptions;
import org.medmine.report.ReportSection;

/**
 * Issue 29, defect 5, on the shared 20-patient Synthea warehouse: {@code medmine forecast}
 * forecasts the days after the end of the data (not days already in it), and the demo's report
 * shows the backtest the command prints (the same origins), so the two never disagree again.
 */
class ForecastAfterTheDataTest {
  @TempDir static Path dir;
  static Path warehouse;
  static LocalDate dataEnd;

  @BeforeAll
  static void ingest() throws Exception {
    warehouse = dir.resolve("w.duckdb");
    CliTest.Run r =
        CliTest.medmine(
            "ingest",
            "--no-progress",
            "-w",
            warehouse.toString(),
            TestPopulations.small().fhirDir().toString());
    assertThat(r.code()).as(r.err()).isZero();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT CAST(max(start_time) AS DATE) FROM encounter")) {
      rs.next();
      dataEnd = LocalDate.parse(rs.getString(1));
    }
  }

  @Test
  void theForecastStartsTheDayAfterTheLastEncounterDay() throws Exception {
    CliTest.Run r = CliTest.medmine("forecast", "-w", warehouse.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    for (JsonNode row : doc.get("forecasts")) {
      if (row.get("horizon").asInt() == 1) {
        assertThat(LocalDate.parse(row.get("date").asText()))
            .as(row.get("series").asText())
            .isEqualTo(dataEnd.plusDays(1));
      }
    }
    for (JsonNode b : doc.get("backtest")) {
      assertThat(LocalDate.parse(b.get("lastOrigin").asText()))
          .isEqualTo(dataEnd.minusDays(28 - 1));
    }
  }

  @Test
  void theDemoReportsTheBacktestTheCommandPrints() throws Exception {
    CliTest.Run command = CliTest.medmine("forecast", "-w", warehouse.toString());
    assertThat(command.code()).as(command.err()).isZero();
    Matcher printed =
        Pattern.compile("Backtest \\(rolling origin, (\\d+) origins").matcher(command.out());
    assertThat(printed.find()).as(command.out()).isTrue();

    StringWriter console = new StringWriter();
    HtmlReport report;
    try (AnalysisContext context = AnalysisContext.open(ContextRequest.of(warehouse))) {
      report =
          DemoSteps.timeSeries(
              context,
              new DemoHost(new PrintWriter(console, true), ContextRequest::of, Map.of()),
              dir.resolve("demo"),
              HtmlReport.empty(ReportOptions.defaults("test")));
    }
    String admissions =
        report.sections().stream()
            .filter(s -> s.id().equals("ts-forecast-admissions"))
            .map(ReportSection::html)
            .findFirst()
            .orElseThrow();
    assertThat(admissions).contains("Rolling-origin backtest (" + printed.group(1) + " origins");
    assertThat(console.toString())
        .contains("backtest over " + printed.group(1) + " origins")
        .contains(dataEnd.plusDays(1).toString());
  }
}
