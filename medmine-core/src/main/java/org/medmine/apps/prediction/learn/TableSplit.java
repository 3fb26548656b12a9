package org.medmine.apps.prediction.learn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.medmine.ingest.table.TableData;
import org.medmine.mining.predict.FeatureMatrix;
import org.medmine.mining.predict.GroupSplit;

/**
 * A table's rows split by group ({@link GroupSplit}): {@value #TEST_FRACTION} of the groups,
 * stratified by whether a group has a positive row, are the test rows; the training rows are cut
 * into {@value #FOLDS} cross-validation folds of whole groups, and each fold's encodings are fitted
 * on the other folds only ({@link TableEncoder}), so neither tuning nor testing sees an encoding
 * fitted on the rows it scores.
 *
 * @param train the training rows (table row indices)
 * @param test the test rows
 * @param trainGroups groups among the training rows
 * @param testGroups groups among the test rows
 * @param folds each training row's fold (indexed like {@code train})
 */
public record TableSplit(int[] train, int[] test, int trainGroups, int testGroups, int[] folds) {
  /** The share of the groups held out for testing. */
  public static final double TEST_FRACTION = 0.3;

  /** Cross-validation folds on the training rows. */
  public static final int FOLDS = 5;

  /** Splits {@code d}'s rows; {@code positive} stratifies (all false for a regression). */
  public static TableSplit of(TableData d, boolean[] positive, long seed) {
    Set<String> test = GroupSplit.testGroups(d.groups(), positive, TEST_FRACTION, seed);
    int[] testRows =
        IntStream.range(0, d.size()).filter(i -> test.contains(d.groups()[i])).toArray();
    int[] trainRows =
        IntStream.range(0, d.size()).filter(i -> !test.contains(d.groups()[i])).toArray();
    String[] trainGroups =
        IntStream.of(trainRows).mapToObj(i -> d.groups()[i]).toArray(String[]::new);
    int[] folds = GroupSplit.folds(trainGroups, FOLDS, seed);
    return new TableSplit(
        trainRows, testRows, new HashSet<>(List.of(trainGroups)).size(), test.size(), folds);
  }

  /**
   * One cross-validation fold: the features of the rows it trains on and of the rows it holds out,
   * both from encodings fitted on the training part of the fold only.
   *
   * @param fit the fold's training features
   * @param fitRows positions (in {@code train}) of its training rows
   * @param out the held-out features
   * @param outRows positions (in {@code train}) of the held-out rows
   */
  public record Fold(FeatureMatrix fit, int[] fitRows, FeatureMatrix out, int[] outRows) {}

  /** The folds, each with its own encodings fitted on its training rows. */
  public List<Fold> encodedFolds(TableData d, double[] y, long seed) {
    List<Fold> out = new ArrayList<>();
    for (int f = 0; f < FOLDS; f++) {
      final int fold = f;
      int[] fitPos = IntStream.range(0, train.length).filter(i -> folds[i] != fold).toArray();
      int[] outPos = IntStream.range(0, train.length).filter(i -> folds[i] == fold).toArray();
      if (outPos.length == 0 || fitPos.length == 0) {
        continue;
      }
      TableEncoder.Fitted e = TableEncoder.fit(d, rowsAt(fitPos), y, seed);
      out.add(new Fold(e.training(), fitPos, e.encoding().transform(d, rowsAt(outPos)), outPos));
    }
    return out;
  }

  private int[] rowsAt(int[] positions) {
    return IntStream.of(positions).map(i -> train[i]).toArray();
  }
}
