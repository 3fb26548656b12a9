package org.medmine.apps.prediction.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.medmine.ingest.table.ColumnKind;
import org.medmine.ingest.table.ColumnProfile;
import org.medmine.ingest.table.TableData;
import org.medmine.mining.predict.FeatureMatrix;

/** Encodings on a hand-made table: chosen by cardinality, fitted on training rows only. */
class TableEncoderTest {
  private static final long SEED = 3;

  /**
   * 120 rows of 40 patients (three rows each): a ward with 20 levels (frequency + target), a sex
   * with two common levels and one seen twice (one-hot, the rare one pooled), and an ICD-10 code.
   */
  private static TableData table(double[] y) {
    int n = 120;
    List<String> wards = new ArrayList<>();
    for (int k = 0; k < 20; k++) {
      wards.add("ward" + k);
    }
    List<String> sexes = List.of("female", "male", "unknown");
    List<String> codes = List.of("E11.9", "E11.65", "I10", "J45.909", "N18.3", "I21.4");
    int[] ward = new int[n];
    int[] sex = new int[n];
    int[] code = new int[n];
    String[] groups = new String[n];
    String[] target = new String[n];
    for (int i = 0; i < n; i++) {
      ward[i] = i % 20;
      sex[i] = i == 7 || i == 50 ? 2 : i % 2;
      code[i] = i % 6;
      groups[i] = "g:p" + (i / 3);
      target[i] = String.valueOf((int) y[i]);
    }
    List<ColumnProfile> columns =
        List.of(
            new ColumnProfile("ward", ColumnKind.CATEGORICAL, 0, 20, "hand-made", false),
            new ColumnProfile("sex", ColumnKind.CATEGORICAL, 0, 3, "hand-made", false),
            new ColumnProfile("dx", ColumnKind.CODE, 0, 6, "hand-made", false));
    return new TableData(
        columns,
        new double[3][],
        new int[][] {ward, sex, code},
        List.of(wards, sexes, codes),
        target,
        groups,
        Map.of(),
        IntStream.range(0, n).mapToLong(i -> i + 2).toArray(),
        0);
  }

  private static double[] labels() {
    double[] y = new double[120];
    for (int i = 0; i < y.length; i++) {
      y[i] = (i % 20 < 8 ? i % 3 != 0 : i % 5 == 0) ? 1 : 0;
    }
    return y;
  }

  private static int[] allRows() {
    return IntStream.range(0, 120).toArray();
  }

  @Test
  void encodingsAreChosenByCardinalityAndRareLevelsArePooled() {
    TableEncoder.Fitted f = TableEncoder.fit(table(labels()), allRows(), labels(), SEED);
    List<ColumnEncoding> e = f.encoding().columns();
    assertThat(e.get(0).method()).isEqualTo(ColumnEncoding.FREQUENCY_TARGET);
    assertThat(e.get(1).method()).isEqualTo(ColumnEncoding.ONE_HOT);
    assertThat(e.get(1).levels()).containsExactlyInAnyOrder("female", "male"); // 'unknown': 2 < 5
    assertThat(e.get(2).method()).isEqualTo(ColumnEncoding.ICD);
    assertThat(e.get(2).levels()).contains("ICD-10 ch.4", "ICD-10 ch.9", "ICD-10 ch.10");
    // the category E11 pools E11.9 and E11.65: 40 of 120 rows
    assertThat(e.get(2).frequency().get("E11")).isCloseTo(40 / 120.0, within(1e-12));
    FeatureMatrix x = f.training();
    double[] other = x.column("sex=other");
    assertThat(other[7]).isEqualTo(1);
    assertThat(other[50]).isEqualTo(1);
    assertThat(IntStream.range(0, 120).filter(i -> other[i] == 1).count()).isEqualTo(2);
    assertThat(x.column("ward (frequency)")[0]).isCloseTo(6 / 120.0, within(1e-12));
  }

  @Test
  void aTrainingRowsTargetMeanIsTheSmoothedMeanOfItsLevelOutsideItsFold() {
    double[] y = labels();
    TableEncoder.Fitted f = TableEncoder.fit(table(y), allRows(), y, SEED);
    double[] te = f.training().column("ward (target mean)");
    int[] fold = f.folds();
    for (int r : new int[] {0, 13, 77, 119}) {
      double sum = 0;
      double n = 0;
      double priorSum = 0;
      double priorN = 0;
      for (int i = 0; i < 120; i++) {
        if (fold[i] != fold[r]) {
          priorSum += y[i];
          priorN++;
          if (i % 20 == r % 20) {
            sum += y[i];
            n++;
          }
        }
      }
      double prior = priorSum / priorN;
      double expected = (sum + TargetStats.SMOOTHING * prior) / (n + TargetStats.SMOOTHING);
      assertThat(te[r]).as("row %d", r).isCloseTo(expected, within(1e-12));
    }
  }

  @Test
  void aFoldsTargetMeansNeverSawItsOwnRows() {
    double[] y = labels();
    TableEncoder.Fitted f = TableEncoder.fit(table(y), allRows(), y, SEED);
    int[] fold = f.folds();
    assertThat(new HashSet<>(IntStream.of(fold).boxed().toList())).hasSize(5);
    for (int k = 0; k < TableEncoder.INNER_FOLDS; k++) {
      double[] flipped = y.clone();
      for (int i = 0; i < 120; i++) {
        if (fold[i] == k) {
          flipped[i] = 1 - flipped[i];
        }
      }
      FeatureMatrix again = TableEncoder.fit(table(flipped), allRows(), flipped, SEED).training();
      int changedElsewhere = 0;
      for (String feature :
          List.of("ward (target mean)", "dx category (target mean)", "dx code (target mean)")) {
        double[] before = f.training().column(feature);
        double[] after = again.column(feature);
        for (int i = 0; i < 120; i++) {
          if (fold[i] == k) {
            assertThat(after[i]).as("%s of row %d in fold %d", feature, i, k).isEqualTo(before[i]);
          } else if (after[i] != before[i]) {
            changedElsewhere++;
          }
        }
      }
      // the flipped targets do reach the other folds' rows: the check above could fail
      assertThat(changedElsewhere).as("fold %d", k).isPositive();
    }
  }

  @Test
  void rowsOutsideTheTrainingRowsAreEncodedFromTrainingTargetsOnly() {
    double[] y = labels();
    int[] train = IntStream.range(0, 90).toArray();
    int[] held = IntStream.range(90, 120).toArray();
    TableEncoder.Fitted f = TableEncoder.fit(table(y), train, y, SEED);
    double[] flipped = y.clone();
    for (int i : held) {
      flipped[i] = 1 - flipped[i];
    }
    TableEncoder.Fitted g = TableEncoder.fit(table(flipped), train, flipped, SEED);
    assertThat(g.encoding().transform(table(flipped), held).rows())
        .isDeepEqualTo(f.encoding().transform(table(y), held).rows());
    double[] trainFlipped = y.clone();
    trainFlipped[0] = 1 - trainFlipped[0];
    TableEncoder.Fitted h = TableEncoder.fit(table(trainFlipped), train, trainFlipped, SEED);
    assertThat(h.encoding().transform(table(trainFlipped), held).column("ward (target mean)"))
        .isNotEqualTo(f.encoding().transform(table(y), held).column("ward (target mean)"));
  }

  @Test
  void noGroupStraddlesTheSplitOrAFold() {
    double[] y = labels();
    TableData d = table(y);
    boolean[] positive = new boolean[120];
    for (int i = 0; i < 120; i++) {
      positive[i] = y[i] == 1;
    }
    TableSplit s = TableSplit.of(d, positive, SEED);
    Set<String> trainGroups = new HashSet<>();
    IntStream.of(s.train()).forEach(i -> trainGroups.add(d.groups()[i]));
    IntStream.of(s.test()).forEach(i -> assertThat(trainGroups).doesNotContain(d.groups()[i]));
    assertThat(s.train().length + s.test().length).isEqualTo(120);
    assertThat(s.testGroups()).isEqualTo(12); // 30% of 40 patients
    for (int a = 0; a < s.train().length; a++) {
      for (int b = 0; b < s.train().length; b++) {
        if (d.groups()[s.train()[a]].equals(d.groups()[s.train()[b]])) {
          assertThat(s.folds()[a]).isEqualTo(s.folds()[b]);
        }
      }
    }
    for (TableSplit.Fold fold : s.encodedFolds(d, y, SEED)) {
      Set<String> fit = new HashSet<>();
      IntStream.of(fold.fitRows()).forEach(p -> fit.add(d.groups()[s.train()[p]]));
      IntStream.of(fold.outRows())
          .forEach(p -> assertThat(fit).doesNotContain(d.groups()[s.train()[p]]));
    }
  }
}
