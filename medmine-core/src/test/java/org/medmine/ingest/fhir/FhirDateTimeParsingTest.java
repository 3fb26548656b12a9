package org.medmine.ingest.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FhirDateTimeParsingTest {

  private static LocalDateTime viaJavaTime(String s) {
    return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }

  @Test
  void commonDateTimesReadAsJavaTimeReadsThem() {
    for (String s :
        new String[] {
          "2019-03-04T05:06:07Z", "2019-03-04T05:06:07+02:00", "2019-03-04T05:06:07-05:30",
          "2019-12-31T23:30:00-01:00", "2020-02-29T00:00:00.5Z",
              "2020-02-29T00:00:00.123456789+14:00",
          "1900-01-01T00:00:00.000-18:00"
        }) {
      assertThat(FhirValues.parseCommonDateTime(s)).as(s).isEqualTo(viaJavaTime(s));
      assertThat(FhirValues.parseDateTime(s, "x")).as(s).isEqualTo(viaJavaTime(s));
    }
  }

  @Test
  void datesArePartialOrWholeDaysAtMidnight() {
    assertThat(FhirValues.parseDateTime("2019-03-04", "x"))
        .isEqualTo(LocalDate.of(2019, 3, 4).atStartOfDay());
    assertThat(FhirValues.parseDateTime("2019-03", "x"))
        .isEqualTo(LocalDate.of(2019, 3, 1).atStartOfDay());
    assertThat(FhirValues.parseDateTime("2019", "x"))
        .isEqualTo(LocalDate.of(2019, 1, 1).atStartOfDay());
  }

  @Test
  void otherShapesFallBackToTheGeneralReader() {
    assertThat(FhirValues.parseCommonDateTime("2019-03-04T05:06Z")).isNull();
    assertThat(FhirValues.parseDateTime("2019-03-04T05:06Z", "x"))
        .isEqualTo(LocalDateTime.of(2019, 3, 4, 5, 6));
    assertThat(FhirValues.parseCommonDateTime("2019-03-04T05:06:07")).isNull();
  }

  @Test
  void impossibleOrMalformedValuesAreFormatErrors() {
    for (String s :
        new String[] {
          "2019-02-30",
          "2019-13-01",
          "2019-03-04T25:00:00Z",
          "2019-03-04T05:61:00Z",
          "2019-03-04T05:06:07",
          "2019-03-04T05:06:07+19:00",
          "20190304",
          "2019-3-4",
          "tomorrow"
        }) {
      assertThatThrownBy(() -> FhirValues.parseDateTime(s, "Encounter.period.start"))
          .as(s)
          .isInstanceOf(FhirFormatException.class)
          .hasMessageContaining("Encounter.period.start");
    }
  }
}
