package org.medmine.apps.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The synthesis report's figures on small cases worked by hand: total variation, Cramér's V, the
 * record distance, the membership attack's advantage, exact copies, quantiles and the suppression
 * and sensitivity of the count tables.
 */
class SynthesisMeasuresTest {
  private static PatientRecord patient(
      String id, String sex, String race, int birthYear, String... codes) {
    List<PatientRecord.Event> events = new ArrayList<>();
    for (int i = 0; i < codes.length; i++) {
      events.add(new PatientRecord.Event(codes[i], 100 * i, null));
    }
    return new PatientRecord(
        id, sex, race, "nonhispanic", birthYear, "MA", null, events, List.of());
  }

  @Test
  void totalVariationIsHalfTheL1DistanceOfTheShares() {
    // shares .75/.25/0 against .25/.25/.5: |.5| + 0 + |.5| = 1, halved
    assertThat(
            Fidelity.totalVariation(
                Map.of("a", 3.0, "b", 1.0), Map.of("a", 1.0, "b", 1.0, "c", 2.0)))
        .isCloseTo(0.5, within(1e-12));
    assertThat(Fidelity.totalVariation(Map.of("a", 2.0), Map.of("a", 5.0))).isZero();
  }

  @Test
  void cramersVIsOneForAPerfectAssociationAndZeroForIndependence() {
    List<PatientRecord> linked =
        List.of(
            patient("1", "female", "white", 1980),
            patient("2", "female", "white", 1980),
            patient("3", "male", "black", 1980),
            patient("4", "male", "black", 1980));
    List<PatientRecord> independent =
        List.of(
            patient("1", "female", "white", 1980),
            patient("2", "female", "black", 1980),
            patient("3", "male", "white", 1980),
            patient("4", "male", "black", 1980));
    assertThat(Fidelity.cramersV(linked, "sex", "race", 2020)).isCloseTo(1.0, within(1e-12));
    assertThat(Fidelity.cramersV(independent, "sex", "race", 2020)).isCloseTo(0.0, within(1e-12));
    // a code's presence is a column too: present in the two women only
    List<PatientRecord> coded =
        List.of(
            patient("1", "female", "white", 1980, "condition|s|x"),
            patient("2", "female", "white", 1980, "condition|s|x"),
            patient("3", "male", "white", 1980),
            patient("4", "male", "white", 1980));
    assertThat(Fidelity.cramersV(coded, "sex", "condition|s|x", 2020))
        .isCloseTo(1.0, within(1e-12));
  }

  @Test
  void distanceAveragesDemographicMismatchesAndTheJaccardDistanceOfCodes() {
    Map<String, Integer> ids = new java.util.HashMap<>();
    Privacy.Profile[] p =
        Privacy.profiles(
            List.of(
                patient("a", "female", "white", 1980, "c1", "c2", "c3"),
                patient("b", "male", "white", 1985, "c2", "c3", "c4")),
            ids);
    // demographics: sex differs (1) + birth years 5 apart (0.5), over 5 parts = 0.3;
    // codes: 2 shared of 4 = Jaccard distance 0.5; mean 0.4
    assertThat(Privacy.distance(p[0], p[1])).isCloseTo(0.4, within(1e-12));
    assertThat(Privacy.distance(p[0], p[0])).isZero();
  }

  @Test
  void membershipAdvantageIsTheBestTruePositiveMinusFalsePositiveRate() {
    double[] members = {0.0, 0.1, 0.2, 0.9};
    double[] others = {0.3, 0.4, 0.5, 0.05};
    double[] a = Privacy.advantage(members, others);
    // at tau = 0.2: 3 of 4 members, 1 of 4 others within it
    assertThat(a[0]).isCloseTo(0.5, within(1e-12));
    assertThat(a[1]).isEqualTo(0.2);
    assertThat(Privacy.advantageAt(members, others, 0.1)).isCloseTo(0.25, within(1e-12));
    assertThat(Privacy.half(new double[] {1, 2, 3, 4, 5}, 0)).containsExactly(1, 3, 5);
    assertThat(Privacy.half(new double[] {1, 2, 3, 4, 5}, 1)).containsExactly(2, 4);
    assertThat(Privacy.advantage(new double[] {0.5, 0.5}, new double[] {0.5, 0.5})[0]).isZero();
  }

  @Test
  void aSyntheticPatientEqualToAFittedOneIsAnExactCopy() {
    PatientRecord fitted = patient("real-1", "female", "white", 1970, "c1", "c2");
    PatientRecord other = patient("real-2", "male", "black", 1990, "c3");
    PatientRecord copy = patient("syn-1", "female", "white", 1970, "c1", "c2");
    PatientRecord fresh = patient("syn-2", "male", "asian", 1950, "c4");
    Privacy p = Privacy.of(List.of(fitted), List.of(other), List.of(copy, fresh));
    assertThat(p.exactCopies()).isEqualTo(1);
    // the fresh one: sex, race and 20 birth years apart (3 of 5), no code shared (1): 0.8;
    // the copy: 0. Their 5th percentile 0.04, median 0.4
    assertThat(p.syntheticDcr()[0]).isCloseTo(0.04, within(1e-12));
    assertThat(p.syntheticDcr()[1]).isCloseTo(0.4, within(1e-12));
    assertThat(p.synthetic()).isEqualTo(2);
  }

  @Test
  void quantilesNeedTheMinimumCountAndSampleWithinTheRange() {
    double[] v = new double[101];
    for (int i = 0; i <= 100; i++) {
      v[i] = i;
    }
    EmpiricalQuantiles q = EmpiricalQuantiles.of(v, 11);
    assertThat(q.cuts()).hasSize(21);
    assertThat(q.cuts()[1]).isEqualTo(5.0);
    Random r = new Random(1);
    for (int i = 0; i < 200; i++) {
      assertThat(q.sample(r)).isBetween(0.0, 100.0);
    }
    assertThat(EmpiricalQuantiles.of(new double[] {1, 2, 3}, 11)).isNull();
  }

  @Test
  void countsBelowTheMinimumAreSuppressedAndAPatientAddsAtMostTheCap() {
    ConditionalCounts t = new ConditionalCounts("t", 2);
    for (int i = 0; i < 12; i++) {
      t.add("", "common");
    }
    for (int i = 0; i < 3; i++) {
      t.add("", "rare");
    }
    t.addPatient(
        List.of(
            new String[] {"", "capped"}, new String[] {"", "capped"}, new String[] {"", "capped"}));
    assertThat(t.row("").get("capped")).isEqualTo(2.0);
    t.protect(11, 0, new Random(1));
    assertThat(t.row("")).containsOnlyKeys("common");
    assertThat(t.row("").get("common")).isEqualTo(12.0);
  }

  @Test
  void laplaceNoiseHasTheScaleOfTheCapOverEpsilon() {
    Random r = new Random(3);
    double sum = 0;
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      sum += Math.abs(ConditionalCounts.laplace(4.0, r));
    }
    // E|Laplace(0, b)| = b
    assertThat(sum / n).isCloseTo(4.0, within(0.15));
  }
}
