package org.medmine.apps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.TestPopulations;
import org.medmine.apps.operations.HospitalFlow;
import org.medmine.apps.qi.QualityMeasures;
import org.medmine.apps.surveillance.SyndromeQuery;
import org.medmine.apps.surveillance.SyndromeSeries;
import org.medmine.cohort.Region;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.Granularity;
import org.medmine.warehouse.Warehouse;

/**
 * Series from a real warehouse (the shared 20-patient Synthea population), checked against direct
 * SQL.
 */
class TimeSeriesWarehouseIT {
  @TempDir static Path dir;
  static Warehouse w;

  @BeforeAll
  static void ingest() {
    w = Warehouse.open(dir.resolve("w.duckdb"));
    Ingestor.ingest(
        w,
        new IngestOptions(List.of(TestPopulations.small().fhirDir()), "synthea", null),
        IngestListener.NONE);
  }

  @AfterAll
  static void close() {
    w.close();
  }

  @Test
  void syndromeCountsAreDistinctPatientWeeksWithPopulation() throws Exception {
    SyndromeQuery q =
        new SyndromeQuery(
            "respiratory",
            SyndromeQuery.RESPIRATORY,
            Granularity.WEEK,
            Region.NONE,
            null,
            null,
            null);
    CountSeries s = SyndromeSeries.query(w.connection(), q).get(0);
    long expected =
        scalar(
            "SELECT count(DISTINCT (patient_id, date_trunc('week', d))) FROM ("
                + "SELECT patient_id, CAST(onset_time AS DATE) d FROM condition WHERE code IN ('444814009','10509002','195662009','840539006','233604007','6142004')"
                + " UNION ALL SELECT patient_id, CAST(effective_time AS DATE) FROM observation WHERE code IN ('444814009','10509002','195662009','840539006','233604007','6142004'))");
    assertThat(expected).isPositive();
    assertThat(Arrays.stream(s.counts()).sum()).isEqualTo(expected);
    assertThat(s.population()[s.size() - 1])
        .isPositive()
        .isLessThanOrEqualTo(scalar("SELECT count(*) FROM patient"));
    List<CountSeries> byState =
        SyndromeSeries.query(
            w.connection(),
            new SyndromeQuery(
                "respiratory",
                SyndromeQuery.RESPIRATORY,
                Granularity.WEEK,
                Region.STATE,
                null,
                null,
                null));
    assertThat(byState.stream().mapToDouble(x -> Arrays.stream(x.counts()).sum()).sum())
        .isEqualTo(expected);
    CountSeries adults =
        SyndromeSeries.query(
                w.connection(),
                new SyndromeQuery(
                    "respiratory",
                    SyndromeQuery.RESPIRATORY,
                    Granularity.WEEK,
                    Region.NONE,
                    "18+",
                    null,
                    null))
            .get(0);
    assertThat(Arrays.stream(adults.counts()).sum()).isLessThan(expected);
  }

  @Test
  void admissionsAndCensusAgreeWithTheEncounters() throws Exception {
    HospitalFlow.Daily d = HospitalFlow.daily(w.connection(), null, null);
    assertThat(Arrays.stream(d.admissions().counts()).sum())
        .isEqualTo(scalar("SELECT count(*) FROM encounter WHERE class_code = 'IMP'"));
    // Patient-midnights: for each stay, the midnights strictly between its start and end.
    long midnights =
        scalar(
            "SELECT coalesce(sum(greatest(0, date_diff('day', CAST(start_time AS DATE), CAST(end_time - INTERVAL 1 MICROSECOND AS DATE)))), 0)"
                + " FROM encounter WHERE class_code = 'IMP' AND end_time IS NOT NULL");
    assertThat(Arrays.stream(d.census().counts()).sum()).isEqualTo(midnights);
  }

  /**
   * Issue 29, defect 5: the series stopped at the last inpatient admission (or the last case), so a
   * forecast "predicted" days already in the data. Every series now runs to the end of the data,
   * the last day any encounter started, with zeros after the last event.
   */
  @Test
  void admissionsCensusAndSyndromeSeriesRunToTheEndOfTheData() throws Exception {
    LocalDate dataEnd =
        LocalDate.parse(text("SELECT CAST(max(start_time) AS DATE) FROM encounter"));
    LocalDate lastAdmission =
        LocalDate.parse(
            text("SELECT CAST(max(start_time) AS DATE) FROM encounter WHERE class_code = 'IMP'"));
    assertThat(lastAdmission)
        .as("the population has days without admissions at its end, which the series must keep")
        .isBefore(dataEnd);
    HospitalFlow.Daily d = HospitalFlow.daily(w.connection(), null, null);
    for (CountSeries s : List.of(d.admissions(), d.census())) {
      assertThat(s.date(s.size() - 1)).as(s.name()).isEqualTo(dataEnd);
    }
    int afterLast =
        (int) java.time.temporal.ChronoUnit.DAYS.between(d.admissions().start(), lastAdmission) + 1;
    assertThat(Arrays.copyOfRange(d.admissions().counts(), afterLast, d.admissions().size()))
        .containsOnly(0.0);

    CountSeries respiratory =
        SyndromeSeries.query(
                w.connection(),
                new SyndromeQuery(
                    "respiratory",
                    SyndromeQuery.RESPIRATORY,
                    Granularity.WEEK,
                    Region.NONE,
                    null,
                    null,
                    null))
            .get(0);
    assertThat(respiratory.date(respiratory.size() - 1))
        .isEqualTo(Granularity.WEEK.periodStart(dataEnd));
  }

  @Test
  void qualityMeasuresCountWhatTheyClaim() throws Exception {
    LocalDate from = LocalDate.of(2000, 1, 1);
    LocalDate to = LocalDate.of(2024, 12, 31);
    QualityMeasures.Measure readmit = QualityMeasures.readmissions(w.connection(), from, to);
    assertThat(readmit.months()).hasSize(300);
    assertThat(Arrays.stream(readmit.denominator()).sum())
        .isEqualTo(
            scalar(
                "SELECT count(*) FROM encounter WHERE class_code = 'IMP' AND end_time >= '2000-01-01' AND end_time < '2025-01-01'"));
    for (int i = 0; i < readmit.months().size(); i++) {
      assertThat(readmit.numerator()[i]).isLessThanOrEqualTo(readmit.denominator()[i]);
    }
    QualityMeasures.Measure ed = QualityMeasures.emergencyVisitsPer1000(w.connection(), from, to);
    assertThat(Arrays.stream(ed.numerator()).sum())
        .isEqualTo(
            scalar(
                "SELECT count(*) FROM encounter WHERE class_code = 'EMER' AND start_time >= '2000-01-01' AND start_time < '2025-01-01'"));
    assertThat(ed.denominator()[0]).isPositive();
  }

  private static String text(String sql) throws Exception {
    try (Statement s = w.connection().createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }

  private static long scalar(String sql) throws Exception {
    try (Statement s = w.connection().createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
