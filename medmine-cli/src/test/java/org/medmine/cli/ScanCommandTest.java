package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.mining.timeseries.SeriesCsv;

/**
 * {@code medmine scan} on a weekly CSV file with a planted cluster, as an epidemiologist would run
 * it.
 */
class ScanCommandTest {
  /**
   * Eastern Massachusetts ZIP3 areas; Boston's and its two nearest (12 and 19 km away) get the
   * outbreak.
   */
  static final List<String> REGIONS =
      List.of(
          "021", "019", "018", "017", "016", "015", "014", "013", "012", "010", "020", "023", "024",
          "026", "027");

  static final Set<String> PLANTED = Set.of("021", "024", "020");

  @TempDir Path dir;

  /**
   * 20 weeks of 5 cases a week everywhere, 10 more a week in the planted areas over the last two
   * weeks.
   */
  private Path planted() throws IOException {
    StringBuilder b = new StringBuilder("week,region,count\n");
    for (String region : REGIONS) {
      for (int t = 0; t < 20; t++) {
        int count = 5 + (t % 3) + (PLANTED.contains(region) && t >= 18 ? 10 : 0);
        b.append(SeriesCsv.weekLabel(LocalDate.of(2025, 1, 6).plusWeeks(t)))
            .append(',')
            .append(region)
            .append(',')
            .append(count)
            .append('\n');
      }
    }
    return Files.writeString(dir.resolve("ili.csv"), b);
  }

  @Test
  void scanFindsThePlantedClusterInTableAndJson() throws IOException {
    Path series = planted();
    Path out = dir.resolve("clusters.csv");
    Path page = dir.resolve("scan.html");
    CliTest.Run table =
        CliTest.medmine(
            "scan",
            "--series",
            series.toString(),
            "--replicates",
            "199",
            "--max-radius-km",
            "30",
            "--out",
            out.toString(),
            "--html",
            page.toString());
    assertThat(table.code()).as(table.err()).isZero();
    assertThat(table.out())
        .contains(
            "space-time permutation scan of 15 regions over 20 weeks (2025-W02 to 2025-W21)",
            "Most likely cluster: 3 region(s) around",
            "2025-W20..2025-W21",
            "Wrote 1 clusters to " + out);
    assertThat(Files.readAllLines(out).get(0))
        .isEqualTo(
            "rank,kind,centre,latitude,longitude,radiusKm,regions,firstWeek,lastWeek,observed,expected,relativeRisk,logLikelihoodRatio,pValue");
    assertThat(Files.readString(page))
        .contains("id=\"space-time-clusters\"", "<svg", "class=\"cluster\"", "<table>");

    CliTest.Run json =
        CliTest.medmine(
            "scan",
            "--series",
            series.toString(),
            "--replicates",
            "199",
            "--max-radius-km",
            "30",
            "--format",
            "json");
    assertThat(json.code()).as(json.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(json.out());
    JsonNode primary = doc.get("clusters").get(0);
    List<String> regions = new ArrayList<>();
    primary.get("regions").forEach(r -> regions.add(r.asText()));
    assertThat(Set.copyOf(regions)).isEqualTo(PLANTED);
    assertThat(primary.get("kind").asText()).isEqualTo("primary");
    assertThat(primary.get("firstWeek").asText()).isEqualTo("2025-W20");
    assertThat(primary.get("lastWeek").asText()).isEqualTo("2025-W21");
    assertThat(primary.get("observed").asDouble())
        .isEqualTo(3 * (5 + 6) + 3 * 2 * 10); // weeks 18 and 19: 5 + 0 and 5 + 1, and 10 more
    assertThat(primary.get("pValue").asDouble()).isLessThanOrEqualTo(0.01);
    assertThat(doc.get("run").get("seed").asLong()).isEqualTo(42);
    assertThat(doc.get("run").get("options").get("statistic").asText()).isEqualTo("permutation");
  }

  @Test
  void aFileWithoutRegionsIsOneSentenceExitTwo() throws IOException {
    Path flat = Files.writeString(dir.resolve("flat.csv"), "week,count\n2025-W01,3\n2025-W02,4\n");
    CliTest.Run r = CliTest.medmine("scan", "--series", flat.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip())
        .startsWith("medmine: Only 0 region(s) of " + flat)
        .doesNotContain("\n", "Exception");
  }
}
