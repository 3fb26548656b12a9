package org.medmine.quality.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmine.quality.linkage.MpiRecords.person;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The golden record: the value most records agree on, the written-out form on a tie, its source
 * kept.
 */
class GoldenRecordTest {
  @Test
  void theMajorityValueWinsTheFullFormBreaksATieAndTheAddressStaysWhole() {
    RawPatient first = person("a/1", "Elizabeth", "Moore", "1980-03-07").ssn("212-45-6789").raw();
    RawPatient nickname =
        person("b/1", "Liz", "Moore", "1980-07-03").address("9 Elm Road", "02134").raw();
    RawPatient third = person("c/1", "Elizabeth", "Mooore", "1980-03-07").ssn("123-45-6789").raw();

    GoldenRecord g = GoldenRecord.of("MPI000000001", List.of(nickname, third, first));

    assertThat(g.records()).isEqualTo(3);
    assertThat(g.given().value()).isEqualTo("Elizabeth");
    assertThat(g.family().value()).isEqualTo("Moore");
    assertThat(g.family().record()).isEqualTo("a/1");
    assertThat(g.birthDate().value()).hasToString("1980-03-07");
    assertThat(g.ssn().value()).as("the placeholder SSN is not evidence").isEqualTo("212-45-6789");
    assertThat(g.address().value().line()).isEqualTo("12 Main Street");
    assertThat(g.address().value().postalCode()).isEqualTo("01101");
    assertThat(
            GoldenRecord.of(
                    "MPI000000002",
                    List.of(nickname, person("d/1", "Elizabeth", "Moore", "1980-03-07").raw()))
                .given()
                .value())
        .as("a tie goes to the longer form")
        .isEqualTo("Elizabeth");
  }
}
