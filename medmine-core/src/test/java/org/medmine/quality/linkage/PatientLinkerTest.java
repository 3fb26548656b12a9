package org.medmine.quality.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * People who share a birth date, sex and town but no name and no SSN are different people:
 * Synthea's 1,000-patient population holds groups of them, and before the identity-evidence filter
 * EM took such pairs for the match class and linked 336 of them.
 */
class PatientLinkerTest {
  private static final String[][] NAMES = {
    {"bernardo", "wilderman"}, {"mitch", "steuber"}, {"lucio", "hodkiewicz"}, {"alphonse", "toy"},
    {"carmelo", "gleichner"}, {"errol", "torphy"}, {"lazaro", "bauch"}, {"abdul", "nolan"},
    {"deangelo", "lockman"}, {"hunter", "boehm"}, {"berry", "upton"}, {"royce", "kassulke"}
  };

  private static PatientRecord person(
      String source, int i, String given, String family, String ssn) {
    return new PatientRecord(
        source,
        "p" + i,
        given,
        family,
        null,
        LocalDate.of(1914, 2, 20),
        "male",
        ssn,
        (100 + i) + " main street",
        "peru",
        "00000",
        "555000" + (1000 + i),
        null,
        null);
  }

  @Test
  void peopleSharingOnlyBirthDateSexAndTownAreNotLinkedWhileATrueDuplicateIs() {
    List<PatientRecord> records = new ArrayList<>(background(400));
    for (int i = 0; i < NAMES.length; i++) {
      records.add(person("a", i, NAMES[i][0], NAMES[i][1], "9995" + (10000 + i)));
    }
    // The same man as p0, in a second source, with a typo in his family name and no SSN.
    records.add(
        new PatientRecord(
            "b",
            "x0",
            "bernardo",
            "wildermann",
            null,
            LocalDate.of(1914, 2, 20),
            "male",
            null,
            "100 main street",
            "peru",
            "00000",
            "5550001000",
            null,
            null));

    PatientLinker.Result result = PatientLinker.link(records, PatientLinker.Options.defaults());

    assertThat(result.matches())
        .extracting(p -> p.a().key() + "~" + p.b().key())
        .containsExactly("a/p0~b/x0");
    assertThat(result.clusters()).isEqualTo(400 + NAMES.length);
  }

  /**
   * Unrelated people with made-up names, spread birth dates and towns: what random pairs look like.
   */
  private static List<PatientRecord> background(int n) {
    Random random = new Random(7);
    String[] syllables = {
      "ka", "lo", "mi", "ra", "ten", "vo", "sul", "dri", "nea", "pho", "gu", "zel"
    };
    List<PatientRecord> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String given =
          syllables[random.nextInt(12)]
              + syllables[random.nextInt(12)]
              + syllables[random.nextInt(12)];
      String family = syllables[random.nextInt(12)] + syllables[random.nextInt(12)] + "son" + i;
      LocalDate birth = LocalDate.of(1920, 1, 1).plusDays(random.nextInt(36_000));
      out.add(
          new PatientRecord(
              "a",
              "q" + i,
              given,
              family,
              null,
              birth,
              random.nextBoolean() ? "male" : "female",
              "9990" + (10000 + i),
              (200 + i) + " oak avenue",
              "town" + random.nextInt(40),
              "0" + (1000 + i % 90),
              "555100" + (1000 + i),
              null,
              null));
    }
    return out;
  }

  @Test
  void identityEvidenceIsAPartialOrFullAgreementOnAGivenNameFamilyNameOrSsn() {
    int n = PairComparator.FIELDS.size();
    int[] none = new int[n];
    assertThat(PatientLinker.hasIdentityEvidence(none)).isFalse();
    for (String field : List.of("given", "family")) {
      int[] v = new int[n];
      v[PairComparator.FIELDS.stream().map(PairComparator.Field::name).toList().indexOf(field)] = 1;
      assertThat(PatientLinker.hasIdentityEvidence(v)).as(field).isTrue();
    }
    int ssn =
        PairComparator.FIELDS.stream().map(PairComparator.Field::name).toList().indexOf("ssn");
    int[] sameSsn = new int[n];
    sameSsn[ssn] = 1;
    assertThat(PatientLinker.hasIdentityEvidence(sameSsn)).as("same SSN").isTrue();
    int[] missingSsn = new int[n];
    missingSsn[
            PairComparator.FIELDS.stream()
                .map(PairComparator.Field::name)
                .toList()
                .indexOf("ssn")] =
        PairComparator.MISSING;
    assertThat(PatientLinker.hasIdentityEvidence(missingSsn)).isFalse();
  }
}
