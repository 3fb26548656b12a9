package org.medmine.mining.predict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Splits rows by group (a patient, or any key the caller names) so that no group has rows on both
 * sides: a seeded, stratified train/test split of the groups, and cross-validation folds of whole
 * groups (grouped k-fold, as scikit-learn's {@code GroupKFold} keeps groups whole; here the groups
 * are dealt round-robin in a seeded order).
 */
public final class GroupSplit {
  private GroupSplit() {}

  /**
   * The test groups: a seeded share {@code fraction} of the groups with a positive row and the same
   * share of those without, so both parts have outcomes (stratified by group, never by row).
   *
   * @param groups each row's group
   * @param positive whether each row is a positive (all false for a regression)
   */
  public static Set<String> testGroups(
      String[] groups, boolean[] positive, double fraction, long seed) {
    Set<String> withOutcome = new TreeSet<>();
    Set<String> all = new TreeSet<>();
    for (int i = 0; i < groups.length; i++) {
      all.add(groups[i]);
      if (positive[i]) {
        withOutcome.add(groups[i]);
      }
    }
    List<String> positives = new ArrayList<>(withOutcome);
    List<String> negatives = new ArrayList<>(all);
    negatives.removeAll(withOutcome);
    Random random = new Random(seed);
    Collections.shuffle(positives, random);
    Collections.shuffle(negatives, random);
    Set<String> test =
        new HashSet<>(positives.subList(0, (int) Math.round(positives.size() * fraction)));
    test.addAll(negatives.subList(0, (int) Math.round(negatives.size() * fraction)));
    return test;
  }

  /**
   * Folds by group: each group's rows share a fold; the distinct groups are dealt round-robin into
   * {@code k} folds in an order shuffled with {@code seed + 1}.
   */
  public static int[] folds(String[] groups, int k, long seed) {
    List<String> distinct = new ArrayList<>(new TreeSet<>(List.of(groups)));
    Collections.shuffle(distinct, new Random(seed + 1));
    Map<String, Integer> fold = new HashMap<>();
    for (int i = 0; i < distinct.size(); i++) {
      fold.put(distinct.get(i), i % k);
    }
    int[] out = new int[groups.length];
    for (int i = 0; i < groups.length; i++) {
      out[i] = fold.get(groups[i]);
    }
    return out;
  }
}
