package org.medmine.apps.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.model.MedmineUserException;

/**
 * The operations forecast fed from the census: 100 days of ADT in which day {@code d} admits {@link
 * #admitted}(d) inpatients for two nights (A01 10:00, A03 two days later 09:00) and registers one
 * emergency patient who goes home the same evening (A04 20:00, A03 23:00). The census source counts
 * both kinds as arrivals; the encounters source counts inpatient admissions only; both have the
 * same midnight census, admitted(d) + admitted(d - 1).
 */
class ForecastFromCensusTest {
  static final int DAYS = 100;
  static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
  @TempDir static Path dir;
  static Path warehouse;

  static int admitted(int d) {
    return d < 0 || d >= DAYS ? 0 : 1 + (d % 7 == 2 ? 2 : 0) + (d % 5 == 0 ? 1 : 0);
  }

  @BeforeAll
  static void hundredDays() {
    DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
    AdtFeed feed = new AdtFeed();
    int n = 0;
    for (int d = 0; d < DAYS; d++) {
      String day = FIRST.plusDays(d).format(f);
      String out = FIRST.plusDays(d + 2).format(f);
      for (int k = 0; k < admitted(d); k++, n++) {
        String bed = "4E^" + (400 + n % 40) + "^A^GHH";
        feed.event("A01", "P" + n, "V" + n, "I", bed, day + "1000")
            .event("A03", "P" + n, "V" + n, "I", bed, out + "0900");
      }
      feed.event("A04", "E" + d, "EV" + d, "E", "ED^1^^GHH", day + "2000")
          .event("A03", "E" + d, "EV" + d, "E", "ED^1^^GHH", day + "2300");
    }
    warehouse = dir.resolve("w.duckdb");
    assertThat(feed.ingestInto(dir, warehouse).stored()).isEqualTo(feed.size());
  }

  private static ForecastResult forecast(ForecastOptions.Source source) {
    try (AnalysisContext c = AnalysisContext.open(ContextRequest.of(warehouse))) {
      return c.run(new ForecastApp(), new ForecastOptions(null, false, 7, 0.8, 2, null, 4, source));
    }
  }

  @Test
  void theCensusSourceForecastsArrivalsAndTheMidnightCensusOfTheStays() {
    ForecastResult r = forecast(ForecastOptions.Source.CENSUS);
    CountSeries arrivals = r.series().get(0).series();
    CountSeries census = r.series().get(1).series();
    assertThat(arrivals.name()).isEqualTo(ForecastApp.CENSUS_ARRIVALS);
    assertThat(census.name()).isEqualTo(HospitalFlow.CENSUS);
    // from the first arrival to the day of the latest event (the last discharge, day 101)
    assertThat(arrivals.start()).isEqualTo(FIRST);
    assertThat(arrivals.size()).isEqualTo(DAYS + 2);
    for (int d = 0; d < DAYS + 2; d++) {
      assertThat(arrivals.counts()[d])
          .as("arrivals day %d", d)
          .isEqualTo(admitted(d) + (d < DAYS ? 1 : 0));
      assertThat(census.counts()[d])
          .as("census day %d", d)
          .isEqualTo(admitted(d) + admitted(d - 1));
    }
    assertThat(r.rows()).hasSize(2 * 3 * 7);
    assertThat(r.staffing()).as("the census's staffing view").hasSize(7);
    assertThat(r.provenance().options()).containsEntry("source", "census");
  }

  @Test
  void theEncountersSourceCountsInpatientAdmissionsOnly() {
    ForecastResult r = forecast(ForecastOptions.Source.ENCOUNTERS);
    CountSeries admissions = r.series().get(0).series();
    assertThat(admissions.name()).isEqualTo("admissions");
    for (int d = 0; d < DAYS; d++) {
      assertThat(admissions.counts()[d]).as("admissions day %d", d).isEqualTo(admitted(d));
    }
  }

  @Test
  void theCensusSourceWithASeriesFileIsAUserError() {
    assertThatThrownBy(
            () ->
                new ForecastOptions(
                    dir.resolve("s.csv"), false, 7, 0.8, 2, null, 4, ForecastOptions.Source.CENSUS))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("--source census");
  }
}
