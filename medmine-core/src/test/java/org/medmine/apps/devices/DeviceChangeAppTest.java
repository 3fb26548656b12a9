package org.medmine.apps.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmine.testing.FhirFixtures.patient;
import static org.medmine.testing.FhirFixtures.resource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.IngestOptions.InputFormat;
import org.medmine.testing.FhirFixtures;
import org.medmine.testing.RecordedIngest;

/**
 * A rise of resting heart rate over the personal baseline is detected days before the admission it
 * heralds, an unheralded admission is missed, and a rise without admission counts against
 * precision.
 */
class DeviceChangeAppTest {
  @TempDir Path dir;

  private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);

  @Test
  void detectorAlertsOnceWhenTheRecentMeanClearsTheBaselineByTheThreshold() {
    double[] daily = new double[60];
    Arrays.fill(daily, 60);
    daily[10] = Double.NaN; // a day without a reading does not matter
    for (int d = 40; d < 48; d++) {
      daily[d] = 75; // +15 bpm for 8 days
    }
    daily[30] = 72; // one high day alone moves the 3-day mean by 4
    List<RestingHeartRateRise.Alert> alerts =
        RestingHeartRateRise.detect(daily, DeviceChangeOptions.defaults());
    // day 40: mean(60,60,75) = 65; day 41: mean(60,75,75) = 70 -> 10 over the median of 60
    assertThat(alerts).extracting(RestingHeartRateRise.Alert::day).containsExactly(41);
    assertThat(alerts.get(0).baseline()).isEqualTo(60.0);
    assertThat(alerts.get(0).recent()).isEqualTo(70.0);
  }

  @Test
  void alertsAreJoinedToTheAdmissionsThatFollowThem() {
    FhirFixtures fixtures = new FhirFixtures(dir.resolve("in"));
    Path w = dir.resolve("w.duckdb");
    RecordedIngest.run(
        w,
        fixtures.bundle(
            "clinical.json",
            patient("p1"),
            admission("heralded", 50),
            admission("unheralded", 100)));
    StringBuilder records = new StringBuilder();
    for (int d = 0; d < 140; d++) {
      double rhr = (d >= 42 && d < 50) || (d >= 75 && d < 82) ? 76 : 60 + d % 3;
      records.append(restingRecord(FIRST.plusDays(d), rhr));
    }
    Path export =
        fixtures.write(
            "export.xml",
            ("<HealthData>\n" + records + "</HealthData>\n").getBytes(StandardCharsets.UTF_8));
    RecordedIngest.run(
        w, new IngestOptions(List.of(export), null, InputFormat.APPLE_HEALTH).withPatient("p1"));
    DeviceChangeResult r;
    try (AnalysisContext context = AnalysisContext.open(ContextRequest.of(w))) {
      r = context.run(new DeviceChangeApp(), DeviceChangeOptions.defaults());
    }
    assertThat(r.alerts())
        .extracting(a -> a.day() + " " + a.admissionId() + " " + a.leadDays())
        .containsExactly(FIRST.plusDays(43) + " heralded 7", FIRST.plusDays(76) + " null null");
    assertThat(List.of(r.admissions(), r.detectedAdmissions())).containsExactly(2, 1);
    assertThat(List.of(r.precision(), r.recall(), r.medianLeadDays()))
        .containsExactly(0.5, 0.5, 7.0);
    assertThat(r.patientDays()).isEqualTo(140);
  }

  private static String admission(String id, int day) {
    LocalDate d = FIRST.plusDays(day);
    return resource(
        "Encounter",
        id,
        ",\"status\":\"finished\",\"class\":{\"code\":\"IMP\"},\"subject\":{\"reference\":\"Patient/p1\"},"
            + "\"period\":{\"start\":\""
            + d
            + "T10:00:00Z\",\"end\":\""
            + d.plusDays(2)
            + "T10:00:00Z\"}");
  }

  private static String restingRecord(LocalDate day, double bpm) {
    String t = day + " 23:00:00 +0000";
    return "<Record type=\"HKQuantityTypeIdentifierRestingHeartRate\" sourceName=\"Watch\""
        + " unit=\"count/min\" startDate=\""
        + t
        + "\" endDate=\""
        + t
        + "\" value=\""
        + bpm
        + "\"/>\n";
  }
}
