package org.medmine.mining.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Performance per group of one attribute (sex, race, ...): AUROC, calibration-in-the-large (mean
 * risk minus observed rate), and the true- and false-positive rates at the operating threshold (the
 * terms of equalized odds, Hardt, Price and Srebro, NeurIPS 2016). The largest gap between groups
 * of at least {@code minGroup} rows is flagged past {@code tolerance}.
 */
public final class Fairness {
  private Fairness() {}

  /** One group's figures. */
  public record Group(
      String name,
      int n,
      int outcomes,
      double auroc,
      double calibrationInTheLarge,
      double tpr,
      double fpr) {}

  /**
   * One attribute's audit.
   *
   * @param attribute the attribute name
   * @param groups each group, by name
   * @param gaps the largest difference between compared groups per measure (auroc, citl, tpr, fpr)
   * @param flagged the measures whose gap exceeds the tolerance
   */
  public record Audit(
      String attribute, List<Group> groups, Map<String, Double> gaps, List<String> flagged) {}

  public static Audit audit(
      String attribute,
      String[] group,
      double[] risk,
      int[] y,
      double threshold,
      int minGroup,
      double tolerance) {
    Map<String, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < group.length; i++) {
      members
          .computeIfAbsent(group[i] == null ? "unknown" : group[i], k -> new ArrayList<>())
          .add(i);
    }
    List<Group> groups = new ArrayList<>();
    for (var e : members.entrySet()) {
      int n = e.getValue().size();
      double[] r = new double[n];
      int[] t = new int[n];
      for (int k = 0; k < n; k++) {
        r[k] = risk[e.getValue().get(k)];
        t[k] = y[e.getValue().get(k)];
      }
      double meanRisk = 0;
      int outcomes = 0;
      for (int k = 0; k < n; k++) {
        meanRisk += r[k] / n;
        outcomes += t[k];
      }
      Metrics.AtThreshold at = Metrics.atThreshold(r, t, threshold);
      groups.add(
          new Group(
              e.getKey(),
              n,
              outcomes,
              Metrics.auroc(r, t).auc(),
              meanRisk - (double) outcomes / n,
              at.sensitivity(),
              at.fpr()));
    }
    Map<String, Double> gaps = new TreeMap<>();
    List<String> flagged = new ArrayList<>();
    List<Group> compared = groups.stream().filter(g -> g.n() >= minGroup).toList();
    gap(gaps, flagged, "auroc", compared.stream().mapToDouble(Group::auroc).toArray(), tolerance);
    gap(
        gaps,
        flagged,
        "calibration-in-the-large",
        compared.stream().mapToDouble(Group::calibrationInTheLarge).toArray(),
        tolerance);
    gap(gaps, flagged, "tpr", compared.stream().mapToDouble(Group::tpr).toArray(), tolerance);
    gap(gaps, flagged, "fpr", compared.stream().mapToDouble(Group::fpr).toArray(), tolerance);
    return new Audit(attribute, groups, gaps, flagged);
  }

  private static void gap(
      Map<String, Double> gaps, List<String> flagged, String name, double[] v, double tolerance) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double x : v) {
      if (!Double.isNaN(x)) {
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
    }
    if (hi >= lo && v.length > 1) {
      gaps.put(name, hi - lo);
      if (hi - lo > tolerance) {
        flagged.add(name);
      }
    }
  }
}
