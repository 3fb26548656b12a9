package org.medmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code medmine learn} and {@code medmine predict --data} on tables written here: the card, the
 * saved model, the split by group, and each kind of bad input as one sentence with exit code 2.
 */
class LearnCommandTest {
  @TempDir Path dir;

  /**
   * 400 visits of 100 patients: the outcome rises with a lab value, with the ward (12 wards of
   * different risk, a high-cardinality column) and with a diabetes code; "?" marks missing labs.
   */
  static Path visits(Path dir) throws IOException {
    Random r = new Random(11);
    StringBuilder b = new StringBuilder("patient,lab,ward,dx,sex,readmitted\n");
    for (int i = 0; i < 400; i++) {
      int ward = r.nextInt(12);
      boolean diabetes = r.nextDouble() < 0.4;
      double lab = 5 + r.nextGaussian();
      double logit = -1.5 + 0.9 * (lab - 5) + (ward < 4 ? 1.2 : 0) + (diabetes ? 0.8 : 0);
      boolean y = r.nextDouble() < 1 / (1 + Math.exp(-logit));
      b.append(
          String.format(
              Locale.ROOT,
              "P%03d,%s,W%d,%s,%s,%s%n",
              i / 4,
              i % 17 == 0 ? "?" : String.format(Locale.ROOT, "%.2f", lab),
              ward,
              diabetes ? "E11." + r.nextInt(10) : "I10",
              i % 2 == 0 ? "F" : "M",
              y ? "yes" : "no"));
    }
    Path f = dir.resolve("visits.csv");
    Files.writeString(f, b.toString());
    return f;
  }

  @Test
  void learnWritesTheStudyCardAndAModelThatPredictScoresATableWith() throws IOException {
    Path data = visits(dir);
    Path out = dir.resolve("out");
    CliTest.Run r =
        CliTest.medmine(
            "learn",
            "--data",
            data.toString(),
            "--target",
            "readmitted",
            "--group",
            "patient",
            "--fairness",
            "sex",
            "--seed",
            "5",
            "--out",
            out.toString(),
            "--format",
            "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode card = new ObjectMapper().readTree(r.out());
    assertThat(card.get("task").asText()).isEqualTo("classification");
    assertThat(card.get("positive").asText()).isEqualTo("yes");
    assertThat(card.get("models").size()).isEqualTo(3);
    JsonNode boosted = card.get("models").get(2);
    assertThat(boosted.get("model").asText()).isEqualTo("boosted trees (XGBoost)");
    assertThat(boosted.get("auroc").asDouble()).isGreaterThan(0.6);
    assertThat(boosted.get("auroc_ci95").size()).isEqualTo(2);
    assertThat(card.get("provenance").get("dataSha256").asText()).hasSize(64);
    assertThat(card.get("missing_values").get("seen").get("?").asInt()).isEqualTo(24);
    Map<String, String> encodings = new HashMap<>();
    card.get("columns")
        .forEach(
            c ->
                encodings.put(
                    c.get("name").asText(),
                    c.get("type").asText() + "/" + c.get("encoding").asText()));
    assertThat(encodings)
        .containsEntry("lab", "numeric/number")
        .containsEntry("ward", "categorical/frequency + target")
        .containsEntry("dx", "code/ICD roll-up")
        .containsEntry("sex", "categorical/one-hot")
        .doesNotContainKey("patient");
    assertThat(card.get("fairness").get(0).get("attribute").asText()).isEqualTo("sex");
    assertNoPatientOnBothSides(data, out.resolve("split.csv"));
    assertThat(Files.readString(out.resolve("card.html"))).contains("Learn: readmitted", "<svg");

    CliTest.Run p =
        CliTest.medmine(
            "predict",
            "--model",
            out.resolve("model.json").toString(),
            "--data",
            data.toString(),
            "--format",
            "json",
            "--top",
            "3");
    assertThat(p.code()).as(p.err()).isZero();
    JsonNode scored = new ObjectMapper().readTree(p.out());
    assertThat(scored.get("scored").asInt()).isEqualTo(400);
    assertThat(scored.get("rows").size()).isEqualTo(3);
    assertThat(scored.get("rows").get(0).get("risk").asDouble())
        .isGreaterThanOrEqualTo(scored.get("rows").get(2).get("risk").asDouble());
  }

  @Test
  void aNumericTargetWithoutPositiveIsARegressionAndATwoValuedOneAClassification()
      throws IOException {
    Random r = new Random(2);
    StringBuilder b = new StringBuilder("age,ward,los,died\n");
    for (int i = 0; i < 200; i++) {
      int age = 20 + r.nextInt(60);
      String ward = "W" + r.nextInt(3);
      double los = 1 + age / 10.0 + (ward.equals("W0") ? 3 : 0) + r.nextGaussian();
      b.append(String.format(Locale.ROOT, "%d,%s,%.2f,%d%n", age, ward, los, age > 60 ? 1 : 0));
    }
    Path data = table("stays.csv", b.toString());
    CliTest.Run reg =
        CliTest.medmine(
            "learn",
            "--data",
            data.toString(),
            "--target",
            "los",
            "--drop",
            "died",
            "--format",
            "json");
    assertThat(reg.code()).as(reg.err()).isZero();
    JsonNode card = new ObjectMapper().readTree(reg.out());
    assertThat(card.get("task").asText()).isEqualTo("regression");
    JsonNode boosted = card.get("models").get(1);
    JsonNode mean = card.get("models").get(2);
    assertThat(mean.get("model").asText()).isEqualTo("training mean (baseline)");
    assertThat(boosted.get("rmse").asDouble()).isLessThan(mean.get("rmse").asDouble());
    CliTest.Run cls =
        CliTest.medmine(
            "learn",
            "--data",
            data.toString(),
            "--target",
            "died",
            "--drop",
            "los",
            "--format",
            "json");
    assertThat(cls.code()).as(cls.err()).isZero();
    JsonNode c = new ObjectMapper().readTree(cls.out());
    assertThat(c.get("task").asText()).isEqualTo("classification");
    assertThat(c.get("positive").asText()).isEqualTo("1");
  }

  private static void assertNoPatientOnBothSides(Path data, Path split) throws IOException {
    var lines = Files.readAllLines(data);
    Set<String> train = new HashSet<>();
    Set<String> test = new HashSet<>();
    for (String row : Files.readAllLines(split).subList(1, 401)) {
      String[] f = row.split(",");
      String patient = lines.get(Integer.parseInt(f[0]) - 1).split(",")[0];
      (f[1].equals("train") ? train : test).add(patient);
    }
    assertThat(train).isNotEmpty().doesNotContainAnyElementsOf(test);
    assertThat(test).hasSize(30);
  }

  private Path table(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  @Test
  void badTablesAreOneSentenceAndExitTwo() throws IOException {
    Path png = dir.resolve("scan.csv");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xff, 1});
    UserErrorsTest.assertUserError(
        UserErrorsTest.medmine("learn", "--data", png.toString(), "--target", "y"),
        "is not a table DuckDB can read");
    Path ok = table("ok.csv", "a,b,y\n1,x,0\n2,y,1\n3,x,0\n4,y,1\n");
    UserErrorsTest.assertUserError(
        UserErrorsTest.medmine("learn", "--data", ok.toString(), "--target", "outcome"),
        "has no column 'outcome': give --target one of a, b, y.");
    Path oneClass = table("one.csv", "a,y\n1,no\n2,no\n3,NA\n");
    UserErrorsTest.assertUserError(
        UserErrorsTest.medmine("learn", "--data", oneClass.toString(), "--target", "y"),
        "has one value ('no') in every row with a target");
    Path empty = table("empty.csv", "a,b,y\n1,NA,0\n2,,1\n3,?,0\n4,NULL,1\n");
    UserErrorsTest.assertUserError(
        UserErrorsTest.medmine("learn", "--data", empty.toString(), "--target", "y"),
        "Column 'b' of " + empty + " is missing in every row: leave it out with --drop b.");
    Path mixed = table("mixed.csv", "a,bmi,y\n1,21.5,0\n2,22,1\n3,high,0\n4,25,1\n");
    UserErrorsTest.assertUserError(
        UserErrorsTest.medmine("learn", "--data", mixed.toString(), "--target", "y"),
        "Column 'bmi' of "
            + mixed
            + " mixes numbers with text (1 of 4 values, the first 'high'"
            + " on line 4)");
    Path oneGroup = table("group.csv", "site,a,y\nS1,1,0\nS1,2,1\nS1,3,0\nS1,4,1\n");
    UserErrorsTest.assertUserError(
        UserErrorsTest.medmine(
            "learn", "--data", oneGroup.toString(), "--target", "y", "--group", "site"),
        "The group column 'site' of " + oneGroup + " has one value in every row");
  }
}
