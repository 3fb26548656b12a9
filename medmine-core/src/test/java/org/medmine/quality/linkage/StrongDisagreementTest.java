package org.medmine.quality.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmine.quality.linkage.MpiRecords.person;

import org.junit.jupiter.api.Test;

/** The patterns that forbid a link, and the near misses that must not trigger them. */
class StrongDisagreementTest {
  @Test
  void twinsAreForbiddenButATypoNicknameOrSpellingOfOneNameIsNot() {
    MpiRecords emma = person("a/1", "Emma", "Garcia", "2010-04-03").ssn("123-45-6701");
    assertThat(between(emma, person("b/1", "Olivia", "Garcia", "2010-04-03").ssn("123-45-6702")))
        .containsExactly(StrongDisagreement.TWIN_PATTERN);
    assertThat(between(emma, person("b/2", "Olivia", "Garcia", "2010-03-04")))
        .as("twin re-registered with day and month swapped")
        .contains(StrongDisagreement.TWIN_PATTERN);
    assertThat(
            between(
                person("a/2", "Daniel", "Reyes", "2001-05-06").sex("male"),
                person("b/3", "Danielle", "Reyes", "2001-05-06").sex("female")))
        .as("boy and girl")
        .contains(StrongDisagreement.TWIN_PATTERN);
    assertThat(between(emma, person("b/4", "Emam", "Garcia", "2010-04-03"))).as("typo").isEmpty();
    assertThat(
            between(
                person("a/3", "Catherine", "Lee", "1980-01-02"),
                person("b/5", "Kathryn", "Lee", "1980-01-02")))
        .as("spelling")
        .isEmpty();
    assertThat(
            between(
                person("a/4", "Elizabeth", "Lee", "1980-01-02"),
                person("b/6", "Liz", "Lee", "1980-01-02")))
        .as("nickname")
        .isEmpty();
    assertThat(between(emma, person("b/7", "Olivia", "Garcia", "2010-04-03").ssn("123-45-6701")))
        .as("the same valid SSN outweighs a different given name")
        .isEmpty();
  }

  @Test
  void multipleBirthsSuffixesGenerationsAndSsnsSeparatePeople() {
    MpiRecords twin = person("a/1", "Noah", "Kim", "2015-07-08").multipleBirth(null, 1);
    assertThat(between(twin, person("b/1", "Noah", "Kim", "2015-07-08").multipleBirth(null, 2)))
        .containsExactly(StrongDisagreement.BIRTH_ORDER);
    assertThat(
            between(
                person("a/2", "Noah", "Kim", "2015-07-08").multipleBirth(true, null),
                person("b/2", "Liam", "Kin", "2015-07-08")))
        .as("flagged, family name mistyped")
        .contains(StrongDisagreement.MULTIPLE_BIRTH);
    MpiRecords senior = person("a/3", "John", "Smith", "1960-02-03").suffix("Sr.");
    assertThat(between(senior, person("b/3", "John", "Smith", "1988-09-10").suffix("Jr.")))
        .containsExactly(StrongDisagreement.GENERATION, StrongDisagreement.AGE_GAP);
    assertThat(
            between(
                person("a/4", "John", "Smith Jr", "1988-09-10"),
                person("b/4", "John", "Smith", "1988-09-10").suffix("Jr.")))
        .as("suffix written in the family name")
        .isEmpty();
    assertThat(
            between(
                person("a/5", "John", "Smith", "1960-02-03"),
                person("b/5", "John", "Smith", "1980-02-03")))
        .as("one mistyped year digit is no generation")
        .isEmpty();
    assertThat(
            between(
                person("a/6", "Ann", "Lee", "1970-01-01").ssn("123-45-6789"),
                person("b/6", "Ann", "Lee", "1970-01-01").ssn("123-45-6780")))
        .as("placeholder SSN is no evidence")
        .isEmpty();
    assertThat(
            between(
                person("a/7", "Ann", "Lee", "1970-01-01").ssn("212-45-6789"),
                person("b/7", "Ann", "Lee", "1970-01-01").ssn("212-45-6798")))
        .as("two digits swapped: a slip")
        .isEmpty();
    assertThat(
            between(
                person("a/8", "Ann", "Lee", "1970-01-01").ssn("212-45-6789"),
                person("b/8", "Ann", "Lee", "1970-01-01").ssn("318-22-1234")))
        .containsExactly(StrongDisagreement.DIFFERENT_SSN);
  }

  private static java.util.List<StrongDisagreement> between(MpiRecords a, MpiRecords b) {
    return StrongDisagreement.between(a.record(), b.record());
  }
}
