package org.medmine.apps.synthesis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much synthetic patients reveal of the real patients the model was fitted on (the train half),
 * measured against the real patients it never saw (the holdout half), after Yale et al. (2020,
 * "Generation and evaluation of privacy preserving synthetic health data") and Stadler et al.
 * (USENIX Security 2022): the distance to the closest record (DCR) from each synthetic patient to
 * the train half, against the same distance from each holdout patient (a synthetic set no closer to
 * the train half than new real patients are copies nobody); a membership-inference attack that
 * calls a real patient a member when a synthetic patient lies within a distance threshold, its
 * advantage its TPR - FPR on equal numbers of train and holdout patients, at the threshold that did
 * best on another equal number of each; exact copies (distance 0) and near copies (closer than the
 * 5th percentile of the holdout's DCR).
 *
 * <p>The distance of two patients is the mean of a demographic part (sex, race, ethnicity and state
 * mismatches and the birth-year difference over 10, capped at 1, averaged) and the Jaccard distance
 * of their sets of condition, drug and procedure codes.
 *
 * @param syntheticDcr the synthetic patients' DCR to the train half: 5th percentile and median
 * @param holdoutDcr the holdout patients' DCR to the train half: 5th percentile and median
 * @param membershipAdvantage the attack's TPR - FPR on half the attacked patients at the threshold
 *     chosen on the other half (an attacker must fix the threshold before knowing who is a member)
 * @param bestAdvantage the best TPR - FPR over every threshold on all attacked patients, an upper
 *     bound that includes the sampling noise of choosing the threshold on the same patients
 * @param membershipThreshold the threshold chosen on the first half
 * @param attacked the train and the holdout patients attacked (each)
 * @param exactCopies synthetic patients identical to a train patient
 * @param nearCopies synthetic patients closer to the train half than the holdout's 5th percentile
 * @param synthetic synthetic patients measured
 */
record Privacy(
    double[] syntheticDcr,
    double[] holdoutDcr,
    double membershipAdvantage,
    double bestAdvantage,
    double membershipThreshold,
    int attacked,
    int exactCopies,
    int nearCopies,
    int synthetic) {

  /** A patient as the distance sees them: demographic codes, birth year, sorted code ids. */
  record Profile(String[] demographics, int birthYear, int[] codes) {}

  /** Measures {@code synthetic} against the {@code train} and {@code holdout} halves. */
  static Privacy of(
      List<PatientRecord> train, List<PatientRecord> holdout, List<PatientRecord> synthetic) {
    Map<String, Integer> ids = new HashMap<>();
    Profile[] t = profiles(train, ids);
    Profile[] h = profiles(holdout, ids);
    Profile[] s = profiles(synthetic, ids);
    double[] dcrSynthetic = closest(s, t);
    double[] dcrHoldout = closest(h, t);
    double near = percentile(dcrHoldout, 0.05);
    int exact = 0;
    int close = 0;
    for (double d : dcrSynthetic) {
      exact += d == 0 ? 1 : 0;
      close += d < near ? 1 : 0;
    }
    int m = Math.min(t.length, h.length);
    double[] members = closest(Arrays.copyOf(t, m), s);
    double[] others = closest(Arrays.copyOf(h, m), s);
    double[] tau = advantage(half(members, 0), half(others, 0));
    double[] best = advantage(members, others);
    return new Privacy(
        new double[] {percentile(dcrSynthetic, 0.05), percentile(dcrSynthetic, 0.5)},
        new double[] {near, percentile(dcrHoldout, 0.5)},
        Double.isNaN(tau[1]) ? 0 : advantageAt(half(members, 1), half(others, 1), tau[1]),
        best[0],
        tau[1],
        m,
        exact,
        close,
        s.length);
  }

  /**
   * The best TPR - FPR of "member when the distance is at most tau" over every tau, and that tau:
   * {@code members} are the train patients' distances, {@code others} the holdout's.
   */
  static double[] advantage(double[] members, double[] others) {
    double[] all = new double[members.length + others.length];
    System.arraycopy(members, 0, all, 0, members.length);
    System.arraycopy(others, 0, all, members.length, others.length);
    Arrays.sort(all);
    double[] m = members.clone();
    double[] o = others.clone();
    Arrays.sort(m);
    Arrays.sort(o);
    double best = 0;
    double at = Double.NaN;
    int i = 0;
    int j = 0;
    for (double tau : all) {
      while (i < m.length && m[i] <= tau) {
        i++;
      }
      while (j < o.length && o[j] <= tau) {
        j++;
      }
      double adv = (double) i / Math.max(1, m.length) - (double) j / Math.max(1, o.length);
      if (adv > best) {
        best = adv;
        at = tau;
      }
    }
    return new double[] {best, at};
  }

  /** TPR - FPR of "member when the distance is at most {@code tau}". */
  static double advantageAt(double[] members, double[] others, double tau) {
    return share(members, tau) - share(others, tau);
  }

  private static double share(double[] values, double tau) {
    long within = java.util.Arrays.stream(values).filter(v -> v <= tau).count();
    return values.length == 0 ? 0 : within / (double) values.length;
  }

  /** Every other value, from {@code offset} (0 or 1): the calibration and evaluation halves. */
  static double[] half(double[] values, int offset) {
    double[] out = new double[(values.length - offset + 1) / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = values[offset + 2 * i];
    }
    return out;
  }

  /** The distance of two profiles (see the type's comment). */
  static double distance(Profile a, Profile b) {
    double demo = Math.min(1, Math.abs(a.birthYear() - b.birthYear()) / 10.0);
    for (int k = 0; k < a.demographics().length; k++) {
      demo += java.util.Objects.equals(a.demographics()[k], b.demographics()[k]) ? 0 : 1;
    }
    demo /= a.demographics().length + 1;
    int[] x = a.codes();
    int[] y = b.codes();
    int common = 0;
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] == y[j]) {
        common++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = x.length + y.length - common;
    double codes = union == 0 ? 0 : 1 - common / (double) union;
    return (demo + codes) / 2;
  }

  /** Each profile of {@code from}'s distance to the closest of {@code to}. */
  static double[] closest(Profile[] from, Profile[] to) {
    double[] out = new double[from.length];
    for (int i = 0; i < from.length; i++) {
      double best = Double.POSITIVE_INFINITY;
      for (Profile p : to) {
        best = Math.min(best, distance(from[i], p));
        if (best == 0) {
          break;
        }
      }
      out[i] = best;
    }
    return out;
  }

  /** The {@code q} quantile (type 7) of {@code values}, NaN when empty. */
  static double percentile(double[] values, double q) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] v = values.clone();
    Arrays.sort(v);
    double h = (v.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(v.length - 1, lo + 1);
    return v[lo] + (h - lo) * (v[hi] - v[lo]);
  }

  static Profile[] profiles(List<PatientRecord> patients, Map<String, Integer> ids) {
    Profile[] out = new Profile[patients.size()];
    for (int i = 0; i < out.length; i++) {
      PatientRecord p = patients.get(i);
      int[] codes =
          p.codes().stream()
              .mapToInt(c -> ids.computeIfAbsent(c, k -> ids.size()))
              .sorted()
              .toArray();
      out[i] =
          new Profile(
              new String[] {p.sex(), p.race(), p.ethnicity(), p.state()}, p.birthYear(), codes);
    }
    return out;
  }
}
