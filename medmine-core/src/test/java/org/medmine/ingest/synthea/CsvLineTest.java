package org.medmine.ingest.synthea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Typed, strict reading of one Synthea CSV line. */
class CsvLineTest {
  private static CsvLine line(String... values) {
    return new CsvLine("observations.csv", Map.of("DATE", 0, "VALUE", 1), List.of(values));
  }

  @Test
  void timestampsInAnyOffsetAreUtcAndPlainDatesAreMidnight() {
    assertThat(line("2019-02-17T05:07:38Z", "").time("DATE"))
        .isEqualTo(LocalDateTime.of(2019, 2, 17, 5, 7, 38));
    assertThat(line("2019-02-17T05:07:38+02:00", "").time("DATE"))
        .isEqualTo(LocalDateTime.of(2019, 2, 17, 3, 7, 38));
    assertThat(line("2019-02-17", "").time("DATE")).isEqualTo(LocalDateTime.of(2019, 2, 17, 0, 0));
    assertThat(line("", "").time("DATE")).isNull();
  }

  @Test
  void impossibleDatesAreRejectedNamingTheColumn() {
    String[] bad = {
      "2019-13-17T05:07:38Z", "2019-02-30T05:07:38Z", "2019-02-17T25:07:38Z", "yesterday"
    };
    for (String b : bad) {
      assertThatThrownBy(() -> line(b, "").time("DATE"))
          .isInstanceOf(SyntheaFormatException.class)
          .hasMessageContaining("DATE")
          .hasMessageContaining(b);
    }
  }

  @Test
  void derivedIdsAreNameBasedUuidsOfTheFileAndEveryField() {
    CsvLine l = line("2019-02-17T05:07:38Z", "98.0");
    String name = "observations.csv\u001f2019-02-17T05:07:38Z\u001f98.0\u001f0";
    assertThat(l.derivedId(0, CsvLine.md5()))
        .isEqualTo(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    assertThat(l.derivedId(1, CsvLine.md5())).isNotEqualTo(l.derivedId(0, CsvLine.md5()));
    assertThat(line("2019-02-17T05:07:38Z", "98.1").derivedId(0, CsvLine.md5()))
        .isNotEqualTo(l.derivedId(0, CsvLine.md5()));
  }

  @Test
  void moneyIsRoundedToCentsAndNotANumberIsRejected() {
    assertThat(line("", "0").money("VALUE")).hasToString("0.00");
    assertThat(line("", "12.345").money("VALUE")).hasToString("12.34");
    assertThatThrownBy(() -> line("", "NaN").number("VALUE"))
        .hasMessageContaining("'NaN' is not a number");
    assertThatThrownBy(() -> line("", "1.5").count("VALUE"))
        .hasMessageContaining("not a whole number");
  }
}
