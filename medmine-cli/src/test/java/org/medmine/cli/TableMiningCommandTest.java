package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rules --data} and {@code segment --data} on a real table (the Wisconsin breast cancer
 * biopsies from Debian's scikit-learn, see {@code tables/README.md}), with the rule counts
 * recomputed here from the file, and their bad input.
 */
class TableMiningCommandTest {
  @TempDir static Path dir;
  static Path wdbc;
  static List<String[]> rows = new ArrayList<>();

  @BeforeAll
  static void table() throws IOException {
    wdbc = dir.resolve("wdbc-mean.csv");
    try (InputStream in =
        TableMiningCommandTest.class.getResourceAsStream("tables/wdbc-mean.csv")) {
      Files.copy(in, wdbc);
    }
    List<String> lines = Files.readAllLines(wdbc);
    lines.subList(1, lines.size()).forEach(l -> rows.add(l.split(",")));
  }

  /** The {@code q} quantile as a value of the column: the ⌈q·n⌉-th smallest. */
  private static double quantile(int column, double q) {
    double[] v = rows.stream().mapToDouble(r -> Double.parseDouble(r[column])).sorted().toArray();
    return v[(int) Math.ceil(q * v.length) - 1];
  }

  private static String number(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  @Test
  void rulesOnATableCountWhatTheFileHolds() throws IOException {
    CliTest.Run r =
        CliTest.medmine(
            "rules",
            "--data",
            wdbc.toString(),
            "--items",
            "mean_radius,mean_concave_points,diagnosis",
            "--min-support",
            "0.1",
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.at("/parameters/data").asText()).isEqualTo(wdbc.toString());
    assertThat(json.at("/parameters/transactions").asText()).isEqualTo("table-rows");
    assertThat(json.get("transactions").asInt()).isEqualTo(569);
    assertThat(json.at("/run/warehouseFingerprint").asText()).hasSize(64);
    // Large nuclei with many concave points: the top quartile of both columns, counted here.
    double radius = quantile(0, 0.75);
    double concave = quantile(7, 0.75);
    long both =
        rows.stream()
            .filter(x -> Double.parseDouble(x[0]) > radius && Double.parseDouble(x[7]) > concave)
            .count();
    long malignant =
        rows.stream()
            .filter(x -> Double.parseDouble(x[0]) > radius)
            .filter(x -> Double.parseDouble(x[7]) > concave)
            .filter(x -> x[10].equals("malignant"))
            .count();
    List<String> antecedent =
        List.of("mean_concave_points>" + number(concave), "mean_radius>" + number(radius));
    JsonNode rule = null;
    for (JsonNode n : json.get("rules")) {
      List<String> a = new ArrayList<>();
      n.get("antecedent").forEach(x -> a.add(x.asText()));
      if (a.stream().sorted().toList().equals(antecedent)
          && n.get("consequent").get(0).asText().equals("diagnosis=malignant")) {
        rule = n;
      }
    }
    assertThat(rule).as("rule %s => diagnosis=malignant in %s", antecedent, r.out()).isNotNull();
    assertThat(rule.get("count").asLong()).isEqualTo(malignant);
    assertThat(rule.get("confidence").asDouble()).isEqualTo(malignant / (double) both);
  }

  @Test
  void segmentsOfATableCoverEveryRowAndSeparateTheDiagnoses() throws IOException {
    CliTest.Run r =
        CliTest.medmine("segment", "--data", wdbc.toString(), "--format", "json", "--k-max", "4");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("rows").asInt()).isEqualTo(569);
    assertThat(json.get("assignments").size()).isEqualTo(569);
    assertThat(json.at("/assignments/2").asInt()).isNotNegative(); // keyed by file line
    int sizes = 0;
    for (JsonNode s : json.get("segments")) {
      sizes += s.get("size").asInt();
    }
    assertThat(sizes).isEqualTo(569);
    // The diagnosis is a column too; the segment most over-represented in malignant biopsies holds
    // them at over twice the table's share (37%), as the assignments recounted here say.
    long malignantRows = rows.stream().filter(x -> x[10].equals("malignant")).count();
    int best = -2;
    double bestShare = 0;
    for (JsonNode s : json.get("segments")) {
      int segment = s.get("segment").asInt();
      long in = 0;
      long mal = 0;
      for (int i = 0; i < rows.size(); i++) {
        if (json.get("assignments").get(String.valueOf(i + 2)).asInt() == segment) {
          in++;
          mal += rows.get(i)[10].equals("malignant") ? 1 : 0;
        }
      }
      assertThat(in).isEqualTo(s.get("size").asLong());
      if (mal / (double) in > bestShare) {
        bestShare = mal / (double) in;
        best = segment;
      }
    }
    assertThat(bestShare).isGreaterThan(2 * malignantRows / 569.0);
    JsonNode bestSegment = null;
    for (JsonNode s : json.get("segments")) {
      bestSegment = s.get("segment").asInt() == best ? s : bestSegment;
    }
    assertThat(bestSegment.get("distinctiveCategories").toString()).contains("malignant");
  }

  @Test
  void badTablesAreOneSentenceAndExitTwo() throws IOException {
    Path binary = dir.resolve("image.parquet");
    byte[] junk = new byte[512];
    Arrays.fill(junk, (byte) 0x9c);
    Files.write(binary, junk);
    for (String[] args :
        new String[][] {
          {"rules", "--data", binary.toString(), "--items", "a"},
          {"segment", "--data", binary.toString()},
          {"rules", "--data", wdbc.toString(), "--items", "mean_radius,stage"},
          {"rules", "--data", wdbc.toString()},
          {"rules", "--items", "mean_radius"}
        }) {
      CliTest.Run r = CliTest.medmine(args);
      assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
      assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
      assertThat(r.err()).startsWith("medmine: ").doesNotContain("Exception").endsWith(".\n");
    }
    assertThat(CliTest.medmine("rules", "--data", wdbc.toString(), "--items", "stage").err())
        .contains("has no column 'stage': give --items one of mean_radius");
  }
}
