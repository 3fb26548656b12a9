package org.medmine.quality.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmine.quality.linkage.MpiRecords.person;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Agreement on a common name is weaker evidence than agreement on a rare one. */
class NameFrequenciesTest {
  @Test
  void agreeingOnSmithCountsForLessThanAgreeingOnARareName() {
    List<PatientRecord> records = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      records.add(person("a/s" + i, "John", "Smith", "1970-01-01").record());
      records.add(
          person(
                  "a/r" + i,
                  "Mary",
                  "Family" + (char) ('a' + i % 26) + (char) ('a' + i / 26),
                  "1970-01-01")
              .record());
    }
    records.add(person("a/x", "Zebulon", "Quagliarello", "1970-01-01").record());
    NameFrequencies f = NameFrequencies.of(records);

    assertThat(f.familyAdjustment("smith")).isNegative();
    assertThat(f.familyAdjustment("quagliarello"))
        .isPositive()
        .isLessThanOrEqualTo(NameFrequencies.MAX_ADJUSTMENT_BITS);
    assertThat(f.givenAdjustment("zebulon")).isGreaterThan(f.givenAdjustment("john"));
  }
}
