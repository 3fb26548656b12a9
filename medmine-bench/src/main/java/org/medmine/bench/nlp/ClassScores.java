package org.medmine.bench.nlp;

import java.util.List;

/**
 * Precision, recall and F1 of one class of one dimension, counted over a gold set: a true positive
 * is a pair whose gold and predicted labels are both the class.
 */
record ClassScores(
    String dimension, String label, int truePositives, int falsePositives, int falseNegatives) {

  double precision() {
    int predicted = truePositives + falsePositives;
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  double recall() {
    int gold = truePositives + falseNegatives;
    return gold == 0 ? 0 : (double) truePositives / gold;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  int support() {
    return truePositives + falseNegatives;
  }

  /** The scores of {@code label} given the gold and predicted labels, pair by pair. */
  static ClassScores of(String dimension, String label, List<String> gold, List<String> predicted) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < gold.size(); i++) {
      boolean g = gold.get(i).equals(label);
      boolean p = predicted.get(i).equals(label);
      tp += g && p ? 1 : 0;
      fp += !g && p ? 1 : 0;
      fn += g && !p ? 1 : 0;
    }
    return new ClassScores(dimension, label, tp, fp, fn);
  }
}
