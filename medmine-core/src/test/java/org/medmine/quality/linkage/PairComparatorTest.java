package org.medmine.quality.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Field comparators and the Fellegi–Sunter model on hand-built records. */
class PairComparatorTest {
  static PatientRecord person(
      String source,
      String id,
      String given,
      String family,
      String birth,
      String ssn,
      String address,
      String zip) {
    return PatientRecord.of(
        new RawPatient(
            source,
            id,
            given,
            family,
            null,
            birth == null ? null : LocalDate.parse(birth),
            "female",
            ssn,
            address,
            "Boston",
            zip,
            null,
            null,
            null));
  }

  @Test
  void comparatorsTolerateTyposNicknamesAndSwappedDates() {
    PatientRecord a =
        person(
            "a",
            "1",
            "Elizabeth123",
            "Johnson456",
            "1980-03-07",
            "999-12-3456",
            "12 Main Street",
            "02134");
    PatientRecord b = person("b", "1", "Liz", "Jonhson", "1980-07-03", null, "12 Main St", "02134");
    int[] v = PairComparator.compare(a, b);
    assertThat(v[0]).as("nickname").isEqualTo(2);
    assertThat(v[1]).as("transposed letters").isEqualTo(2);
    assertThat(v[2]).as("day and month swapped").isEqualTo(1);
    assertThat(v[4]).as("street abbreviation").isEqualTo(2);
    assertThat(v[5]).as("missing SSN carries no evidence").isEqualTo(PairComparator.MISSING);
    assertThat(PairComparator.date(LocalDate.of(1980, 3, 7), LocalDate.of(1981, 4, 8))).isZero();
    assertThat(PairComparator.name("johnson", "peterson")).isZero();
  }

  @Test
  void emSeparatesMatchesFromNonMatches() {
    Random random = new Random(3);
    List<PatientRecord> records = new ArrayList<>();
    String[] given = {
      "anna", "maria", "john", "peter", "lucas", "emma", "olga", "ivan", "rosa", "karl"
    };
    String[] family = {
      "smith", "brown", "garcia", "miller", "davis", "lopez", "wilson", "moore", "clark", "young"
    };
    for (int i = 0; i < 100; i++) {
      String g = given[random.nextInt(given.length)];
      StringBuilder f = new StringBuilder(family[random.nextInt(family.length)].substring(0, 2));
      while (f.length() < 7) {
        f.append((char) ('a' + random.nextInt(26)));
      }
      String birth =
          LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28))
              .toString();
      records.add(
          person(
              "a",
              "p" + i,
              g,
              f.toString(),
              birth,
              String.format("999-00-%04d", i),
              i + " Elm Street",
              String.format("021%02d", i % 50)));
      if (i % 3 == 0) {
        records.add(
            person(
                "b",
                "q" + i,
                g,
                f.substring(0, 5) + f.charAt(6) + f.charAt(5),
                birth,
                null,
                (i + 7) + " Oak Road",
                "02999"));
      }
    }
    PatientLinker.Result r = PatientLinker.link(records, PatientLinker.Options.defaults());
    long correct =
        r.matches().stream()
            .filter(p -> p.a().id().substring(1).equals(p.b().id().substring(1)))
            .count();
    assertThat(correct).as("true pairs found").isGreaterThanOrEqualTo(30);
    assertThat(r.matches().size() - correct).as("false links").isLessThanOrEqualTo(1);
    assertThat(r.model().m()[2][2])
        .as("m(birth date agrees)")
        .isGreaterThan(r.model().u()[2][2] * 10);
    assertThat(r.clusterOf()).hasSize(records.size());
  }
}
