package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.testing.SmallWarehouse;

/**
 * surveil, forecast and spc on external series files, as an epidemiologist or QI lead would run
 * them.
 */
class TimeSeriesCommandsTest {
  @TempDir Path dir;

  private Path weekly() throws IOException {
    StringBuilder b = new StringBuilder("week,count,region\n");
    LocalDate monday = LocalDate.of(2024, 1, 1);
    int[] counts = {5, 6, 4, 5, 7, 5, 6, 5, 4, 6, 30, 5};
    for (int i = 0; i < counts.length; i++) {
      b.append(org.medmine.mining.timeseries.SeriesCsv.weekLabel(monday.plusWeeks(i)))
          .append(',')
          .append(counts[i])
          .append(",north\n");
    }
    Path f = dir.resolve("ili.csv");
    Files.writeString(f, b);
    return f;
  }

  @Test
  void surveilListsEveryEvaluatedWeekAndFlagsTheSpike() throws IOException {
    Path out = dir.resolve("alarms.csv");
    CliTest.Run r =
        CliTest.medmine(
            "surveil",
            "--series",
            weekly().toString(),
            "--method",
            "ears-c1,ears-c2",
            "--format",
            "json",
            "--out",
            out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    JsonNode evals = doc.get("evaluations");
    assertThat(evals).hasSize(5 + 3); // C1 judges weeks 8-12, C2 weeks 10-12
    JsonNode spike = evals.get(3); // ears-c1, 2024-W11
    assertThat(spike.get("period").asText()).isEqualTo("2024-W11");
    assertThat(spike.get("observed").asDouble()).isEqualTo(30);
    // Baseline weeks 4-10: 5,7,5,6,5,4,6 -> mean 5.428571, sd 0.975900; threshold 5.428571 +
    // 3.090232*0.975900.
    assertThat(spike.get("expected").asDouble()).isCloseTo(5.428571, within(1e-6));
    assertThat(spike.get("threshold").asDouble())
        .isCloseTo(5.428571 + 3.090232 * 0.975900, within(1e-5));
    assertThat(spike.get("alarm").asBoolean()).isTrue();
    assertThat(evals.get(2).get("alarm").asBoolean()).isFalse();
    List<String> csv = Files.readAllLines(out);
    assertThat(csv.get(0))
        .isEqualTo(
            "series,region,period,method,observed,expected,threshold,alarm,population,ratePer100k,current");
    assertThat(csv).hasSize(1 + 8);

    Path page = dir.resolve("surveil.html");
    CliTest.Run text =
        CliTest.medmine(
            "surveil",
            "--series",
            weekly().toString(),
            "--method",
            "ears-c1",
            "--html",
            page.toString());
    assertThat(text.out()).contains("Current alarms (last 8 periods): 1", "north", "2024-W11");
    assertThat(Files.readString(page)).contains("id=\"region-north\"", "<svg", "alarm: EARS C1");
  }

  /**
   * Issue 29, defect 8: after weeks without a case the EARS baseline's sd is 0, so its threshold
   * was 0.00 and a single case alarmed. The sd is now floored at 0.5 (Burkom's advice for sparse
   * counts, R's minSigma).
   */
  @Test
  void aSingleCaseAfterWeeksWithoutAnyIsNoEarsAlarm() throws IOException {
    StringBuilder b = new StringBuilder("week,count\n");
    int[] counts = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3};
    for (int i = 0; i < counts.length; i++) {
      b.append(
              org.medmine.mining.timeseries.SeriesCsv.weekLabel(
                  LocalDate.of(2024, 1, 1).plusWeeks(i)))
          .append(',')
          .append(counts[i])
          .append('\n');
    }
    Path f = Files.writeString(dir.resolve("sparse.csv"), b);
    CliTest.Run r =
        CliTest.medmine(
            "surveil", "--series", f.toString(), "--method", "ears-c1,ears-c2", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    for (JsonNode e : new ObjectMapper().readTree(r.out()).get("evaluations")) {
      double observed = e.get("observed").asDouble();
      assertThat(e.get("threshold").asDouble())
          .as(e.toString())
          .isGreaterThanOrEqualTo(3.090232 * 0.5 - 1e-6);
      assertThat(e.get("alarm").asBoolean()).as(e.toString()).isEqualTo(observed == 3);
    }
    CliTest.Run asR =
        CliTest.medmine(
            "surveil",
            "--series",
            f.toString(),
            "--method",
            "ears-c1",
            "--min-sigma",
            "0",
            "--format",
            "json");
    JsonNode single = new ObjectMapper().readTree(asR.out()).get("evaluations").get(12 - 7);
    assertThat(single.get("observed").asDouble()).isEqualTo(1);
    assertThat(single.get("threshold").asDouble()).isZero();
    assertThat(single.get("alarm").asBoolean()).isTrue();
  }

  /**
   * Issue 29, defect 8: the length-of-stay chart's lower limit was negative. An individuals chart
   * of a measure that cannot go below 0 draws its lower limit at 0, and says so.
   */
  @Test
  void anXmrChartOfCountsDrawsANegativeLowerLimitAtZeroAndSaysSo() throws IOException {
    Path f = dir.resolve("los.csv");
    StringBuilder b = new StringBuilder("date,count\n");
    double[] days = {11, 20, 7, 10, 10, 1, 10, 5, 3, 3, 5};
    for (int i = 0; i < days.length; i++) {
      b.append(LocalDate.of(2020, 6, 1).plusDays(i)).append(',').append(days[i]).append('\n');
    }
    Files.writeString(f, b);
    CliTest.Run r =
        CliTest.medmine(
            "spc",
            "--series",
            f.toString(),
            "--chart",
            "xmr",
            "--baseline",
            "11",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    for (JsonNode p : new ObjectMapper().readTree(r.out()).get("points")) {
      assertThat(p.get("lower").asDouble()).as(p.toString()).isGreaterThanOrEqualTo(0);
    }
    Path page = dir.resolve("spc.html");
    CliTest.Run text =
        CliTest.medmine(
            "spc",
            "--series",
            f.toString(),
            "--chart",
            "xmr",
            "--baseline",
            "11",
            "--html",
            page.toString());
    assertThat(text.out()).contains("is below 0, which the measure cannot take: drawn at 0");
    assertThat(Files.readString(page))
        .contains("falls below 0, which the measure cannot take, so it is drawn at 0");
  }

  @Test
  void surveilRunsTheIssue25DetectorsByNameAndEachFlagsALateOutbreak() throws IOException {
    // Seven years of weekly Poisson(8) counts; the last three weeks carry an outbreak of +25 a
    // week.
    Random rng = new Random(25);
    StringBuilder b = new StringBuilder("week,count\n");
    LocalDate monday = LocalDate.of(2018, 1, 1);
    int weeks = 7 * 52;
    for (int i = 0; i < weeks; i++) {
      int count =
          new org.apache.commons.math3.distribution.PoissonDistribution(8)
              .inverseCumulativeProbability(rng.nextDouble());
      b.append(org.medmine.mining.timeseries.SeriesCsv.weekLabel(monday.plusWeeks(i)))
          .append(',')
          .append(count + (i >= weeks - 3 ? 25 : 0))
          .append('\n');
    }
    Path f = dir.resolve("weekly.csv");
    Files.writeString(f, b);
    List<String> methods = List.of("bayes", "glrnb", "glr-seasonal", "nb-regression", "ensemble");
    CliTest.Run r =
        CliTest.medmine(
            "surveil",
            "--series",
            f.toString(),
            "--method",
            String.join(",", methods),
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode evals = new ObjectMapper().readTree(r.out()).get("evaluations");
    for (String m : methods) {
      List<JsonNode> rows = new java.util.ArrayList<>();
      evals.forEach(
          e -> {
            if (e.get("method").asText().equals(m)) {
              rows.add(e);
            }
          });
      assertThat(rows).as(m).isNotEmpty();
      JsonNode last = rows.get(rows.size() - 1);
      assertThat(last.get("observed").asDouble())
          .as(m)
          .isGreaterThan(last.get("threshold").asDouble());
      assertThat(last.get("expected").asDouble()).as(m).isBetween(5.0, 12.0);
      assertThat(last.get("alarm").asBoolean()).as(m).isTrue();
      long quietAlarms =
          rows.subList(0, rows.size() - 3).stream().filter(e -> e.get("alarm").asBoolean()).count();
      assertThat(quietAlarms)
          .as(m + " false alarms")
          .isLessThanOrEqualTo(Math.max(3, rows.size() / 10));
    }
    CliTest.Run bad = CliTest.medmine("surveil", "--series", f.toString(), "--method", "boda");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("nb-regression").doesNotContain("Exception");
  }

  @Test
  void spcPChartOfAnExternalSeriesUsesThePopulationAsSubgroupSize() throws IOException {
    Path f = dir.resolve("readmit.csv");
    Files.writeString(
        f,
        "date,count,population\n2024-01-01,5,100\n2024-01-02,8,100\n2024-01-03,6,100\n2024-01-04,7,100\n2024-01-05,4,100\n2024-01-06,20,100\n");
    CliTest.Run r =
        CliTest.medmine(
            "spc", "--series", f.toString(), "--chart", "p", "--baseline", "5", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode points = new ObjectMapper().readTree(r.out()).get("points");
    assertThat(points).hasSize(6);
    assertThat(points.get(0).get("center").asDouble()).isCloseTo(0.06, within(1e-9));
    assertThat(points.get(0).get("upper").asDouble()).isCloseTo(0.131246, within(1e-6));
    assertThat(points.get(5).get("signals").asText()).isEqualTo("WE 1");
    assertThat(points.get(4).get("baseline").asBoolean()).isTrue();
    assertThat(points.get(5).get("baseline").asBoolean()).isFalse();
  }

  @Test
  void forecastBacktestsADailySeries() throws IOException {
    Random rng = new Random(3);
    StringBuilder b = new StringBuilder("date,count\n");
    LocalDate d = LocalDate.of(2021, 1, 4);
    for (int i = 0; i < 3 * 365; i++) {
      double mean = (i % 7 >= 5 ? 4 : 9);
      int k = 0; // Poisson by inversion
      double p = Math.exp(-mean);
      double u = rng.nextDouble();
      double cdf = p;
      while (u > cdf) {
        k++;
        p *= mean / k;
        cdf += p;
      }
      b.append(d.plusDays(i)).append(',').append(k).append('\n');
    }
    Path f = dir.resolve("admissions.csv");
    Files.writeString(f, b);
    CliTest.Run r =
        CliTest.medmine(
            "forecast",
            "--series",
            f.toString(),
            "--horizon",
            "14",
            "--origins",
            "40",
            "--format",
            "json",
            "--census",
            "--patients-per-nurse",
            "4");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("forecasts"))
        .hasSize(3 * 14); // seasonal naive, Poisson regression, Holt-Winters
    JsonNode poissonOverall = null;
    for (JsonNode m : doc.get("backtest")) {
      if (m.get("method").asText().startsWith("Poisson")
          && m.get("horizons").asText().equals("1-14")) {
        poissonOverall = m;
      }
    }
    assertThat(poissonOverall).isNotNull();
    assertThat(poissonOverall.get("forecasts").asInt()).isEqualTo(40 * 14);
    assertThat(poissonOverall.get("coverage").asDouble()).isBetween(0.7, 0.9);
    JsonNode day = doc.get("staffing").get(0);
    assertThat(doc.get("staffing")).hasSize(14);
    assertThat(day.get("beds").asInt())
        .isEqualTo((int) Math.ceil(day.get("upperCensus").asDouble() - 1e-9));
    assertThat(day.get("nursesUpper").asInt())
        .isEqualTo((int) Math.ceil(day.get("beds").asInt() / 4.0));
    assertThat(CliTest.medmine("forecast", "--series", f.toString(), "--horizon", "40").code())
        .isEqualTo(2);
  }

  /**
   * Issue 14: the apps validate their options before they read: an unknown detector, a negative
   * least sigma or an unknown measure is refused with the same sentence as before, and the
   * warehouse is not read (no audit entry).
   */
  @Test
  void badOptionsAreRefusedBeforeTheWarehouseIsRead() {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    Path w = dir.resolve("w.duckdb");
    List<List<String>> mistakes =
        List.of(
            List.of("surveil", "--method", "ears-c1,Boda"),
            List.of("surveil", "--min-sigma", "-1"),
            List.of("spc", "--measure", "readmission,nope"),
            List.of("spc", "--rules", "x"));
    List<String> sentences =
        List.of(
            "Unknown --method 'boda': use ears-c1, ears-c2, ears-c3, cusum, farrington, noufaily, bayes, glrnb,"
                + " glr-seasonal, nb-regression or ensemble.",
            "--min-sigma must be 0 or more, not -1.0.",
            "Unknown --measure 'nope': use readmission, ed-visits or los.",
            "--rules must be we or nelson, not 'x'.");
    for (int i = 0; i < mistakes.size(); i++) {
      List<String> args = new java.util.ArrayList<>(mistakes.get(i));
      args.addAll(List.of("-w", w.toString()));
      CliTest.Run r = CliTest.medmine(args.toArray(String[]::new));
      assertThat(r.code()).as(r.err()).isEqualTo(2);
      assertThat(r.err().strip()).isEqualTo("medmine: " + sentences.get(i));
      assertThat(r.out()).isEmpty();
    }
    assertThat(ConsentExclusionCommandsTest.audit(w)).as("nothing read, nothing audited").isEmpty();
  }

  /**
   * A series file is all an app reads: the warehouse is not opened, and the run's provenance names
   * the file.
   */
  @Test
  void aSeriesRunNamesItsFileAndOpensNoWarehouse() throws Exception {
    Path series = weekly();
    Path none = dir.resolve("none.duckdb");
    CliTest.Run r =
        CliTest.medmine(
            "surveil", "--series", series.toString(), "-w", none.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode run = new ObjectMapper().readTree(r.out()).get("run");
    assertThat(run.get("app").asText()).isEqualTo("surveil");
    assertThat(run.get("warehouse").asText()).isEqualTo(series.toString());
    String sha =
        java.util.HexFormat.of()
            .formatHex(
                java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(series)));
    assertThat(run.get("warehouseFingerprint").asText()).isEqualTo(sha);
    assertThat(run.get("options").get("series").asText()).isEqualTo(series.toString());
    assertThat(none).doesNotExist();
  }

  @Test
  void aMissingSeriesFileIsAUserError() {
    CliTest.Run r = CliTest.medmine("surveil", "--series", dir.resolve("nope.csv").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("does not exist").doesNotContain("Exception");
  }
}
