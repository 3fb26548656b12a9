package org.medmine.mining.timeseries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.model.MedmineUserException;

/**
 * External series files: ISO weeks, daily dates, regions, populations, and the errors a user can
 * fix.
 */
class SeriesCsvTest {
  @TempDir Path dir;

  @Test
  void readsIsoWeeksPerRegionFillingGapsWithZero() throws IOException {
    Path f = dir.resolve("flu.csv");
    Files.writeString(
        f,
        "week,count,region,population\n2024-W52,3,north,1000\n2025-W02,5,north,1010\n2025-W01,7,south,500\n");
    List<CountSeries> s = SeriesCsv.read(f);
    assertThat(s).extracting(CountSeries::region).containsExactly("north", "south");
    CountSeries north = s.get(0);
    assertThat(north.granularity()).isEqualTo(Granularity.WEEK);
    assertThat(north.start()).isEqualTo(LocalDate.of(2024, 12, 23)); // Monday of ISO week 2024-W52
    assertThat(north.counts()).containsExactly(3, 0, 5); // 2025-W01 is missing: zero
    assertThat(north.population()).containsExactly(1000, 1000, 1010);
    assertThat(north.rates(100_000)[2]).isEqualTo(5 / 1010.0 * 100_000);
    assertThat(SeriesCsv.weekLabel(LocalDate.of(2024, 12, 30))).isEqualTo("2025-W01");
  }

  @Test
  void readsDailyDatesWithoutRegion() throws IOException {
    Path f = dir.resolve("ed.csv");
    Files.writeString(f, "date,count\n2025-03-01,4\n2025-03-03,6\n");
    CountSeries s = SeriesCsv.read(f).get(0);
    assertThat(s.region()).isEqualTo("all");
    assertThat(s.counts()).containsExactly(4, 0, 6);
    assertThat(s.population()).isNull();
  }

  @Test
  void badRowsAreUserErrorsNamingTheLine() throws IOException {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "week,count\n2025-W01,2\n2025-W02,-1\n");
    assertThatThrownBy(() -> SeriesCsv.read(f))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("line 3");
    Files.writeString(f, "day,count\n2025-01-01,2\n");
    assertThatThrownBy(() -> SeriesCsv.read(f))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("'date'");
    Files.writeString(f, "date,count\n2025-01-01,2\n2025-01-01,3\n");
    assertThatThrownBy(() -> SeriesCsv.read(f))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("twice");
  }
}
