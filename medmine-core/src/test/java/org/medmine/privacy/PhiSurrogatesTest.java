package org.medmine.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Surrogates: one fake name per person and patient, dates moved by the patient's offset in their
 * own form.
 */
class PhiSurrogatesTest {
  private static final byte[] SECRET =
      "surrogate-test-secret-0123456789".getBytes(StandardCharsets.UTF_8);
  private final PhiScrubber scrubber = new PhiScrubber();
  private final PhiSurrogates surrogates = new PhiSurrogates(SECRET);

  private String replace(String text, String patient) {
    return surrogates.replace(text, scrubber.find(text, KnownIdentifiers.NONE), patient);
  }

  @Test
  void theSamePersonGetsTheSameFakeNameInEveryNoteOfAPatient() {
    String a = replace("Wife Mary at bedside. Dr. Okafor aware.", "p1");
    String b = replace("Dr. Okafor called; wife Mary updated.", "p1");
    String fakeMary = a.replaceFirst("^Wife (\\S+) at.*", "$1");
    String fakeOkafor = a.replaceFirst(".*Dr\\. (\\S+) aware\\.$", "$1");
    assertThat(fakeMary).isNotEqualTo("Mary").matches("[A-Z][a-z]+");
    assertThat(fakeOkafor).isNotEqualTo("Okafor");
    assertThat(b).isEqualTo("Dr. " + fakeOkafor + " called; wife " + fakeMary + " updated.");
  }

  @Test
  void anotherPatientsNotesGetOtherFakes() {
    List<String> fakes = new java.util.ArrayList<>();
    for (int p = 0; p < 20; p++) {
      fakes.add(replace("Dr. Okafor aware.", "patient-" + p));
    }
    assertThat(fakes.stream().distinct().count()).isGreaterThan(10);
  }

  @Test
  void capitalsAndPossessivesKeepTheirShape() {
    assertThat(replace("PT: OKAFOR, MARIA", "p1")).matches("PT: [A-Z]+, [A-Z]+");
    assertThat(replace("Spoke with Dr. Okafor's team.", "p1"))
        .matches("Spoke with Dr\\. [A-Z][a-z]+'s team\\.");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "7/22/2019|2019-07-22|M/d/yyyy", "07/22/19|2019-07-22|MM/dd/yy",
            "2019-07-22|2019-07-22|yyyy-MM-dd",
        "July 22, 2019|2019-07-22|MMMM d, yyyy", "22 Jul 2019|2019-07-22|d MMM yyyy",
            "22JUL2019|2019-07-22|ddMMMyyyy"
      })
  void datesMoveByThePatientsOffsetInTheirOwnForm(String written, String iso, String format) {
    int shift = new Pseudonymizer(SECRET).dateShiftDays("p1");
    String expected =
        java.time.LocalDate.parse(iso)
            .plusDays(shift)
            .format(java.time.format.DateTimeFormatter.ofPattern(format, java.util.Locale.ENGLISH));
    if (format.contains("MMM") && !format.contains("MMMM")) {
      expected = format.startsWith("dd") ? expected.toUpperCase(java.util.Locale.ROOT) : expected;
    }
    assertThat(surrogates.dateShiftDays("p1")).isEqualTo(shift);
    assertThat(replace("Seen " + written + ".", "p1")).isEqualTo("Seen " + expected + ".");
  }

  @Test
  void datesWithoutAYearAndYearsAloneMoveToo() {
    assertThat(DateShifter.shift("7/22", 10)).contains("8/1");
    assertThat(DateShifter.shift("July 22nd", 10)).contains("August 1st");
    assertThat(DateShifter.shift("2015", 200)).contains("2016");
    assertThat(DateShifter.shift("March 2019", -20)).contains("February 2019");
    assertThat(DateShifter.shift("Christmas", 10)).isEmpty();
    assertThat(replace("Home for Christmas.", "p1")).isEqualTo("Home for [DATE].");
  }

  @Test
  void otherTypesGetTheirPlaceholder() {
    assertThat(replace("Call (617) 555-0134 from Mercy Hospital.", "p1"))
        .isEqualTo("Call [PHONE] from [LOCATION].");
  }
}
