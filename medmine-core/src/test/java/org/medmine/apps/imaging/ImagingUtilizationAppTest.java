package org.medmine.apps.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmine.testing.FhirFixtures.patient;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.IngestOptions.InputFormat;
import org.medmine.testing.FhirFixtures;
import org.medmine.testing.RecordedIngest;
import org.medmine.testing.TestDicomFile;

/** Studies per 1,000 patients, repeats within 30 days and CTDIvol outliers, counted by hand. */
class ImagingUtilizationAppTest {
  @TempDir Path dir;

  private void study(String patient, String uid, String modality, String date, Double ctdi) {
    TestDicomFile f =
        TestDicomFile.ct(patient, uid, uid + ".1", uid + ".1.1")
            .text(0x00080060, "CS", modality)
            .text(0x00080020, "DA", date)
            .text(0x00180015, "CS", modality.equals("CT") ? "CHEST" : "HEAD")
            .text(0x00181030, "LO", modality.equals("CT") ? "Chest routine" : "Head");
    if (ctdi != null) {
      f.fd(0x00189345, ctdi);
    }
    f.write(dir.resolve("dicom/" + uid + ".dcm"));
  }

  @Test
  void utilizationRepeatsAndDoseOutliersMatchTheHandCount() {
    Path w = dir.resolve("w.duckdb");
    RecordedIngest.run(
        w, new FhirFixtures(dir.resolve("fhir")).bundle("p.json", patient("p1"), patient("p2")));
    study("p1", "1.1", "CT", "20240101", 10.0);
    study("p1", "1.2", "CT", "20240120", 11.0); // 19 days after 1.1: a repeat
    study("p1", "1.3", "CT", "20240330", 9.0); // 70 days after 1.2: not a repeat
    study("p2", "2.1", "CT", "20240105", 10.5);
    study("p2", "2.2", "CT", "20240601", 40.0); // Q3 11 + 1.5 * IQR 1 = 12.5: an outlier
    study("p2", "2.3", "MR", "20240201", null);
    RecordedIngest.run(
        w, new IngestOptions(List.of(dir.resolve("dicom")), null, InputFormat.DICOM));
    ImagingUtilizationResult r;
    try (AnalysisContext context = AnalysisContext.open(ContextRequest.of(w))) {
      r = context.run(new ImagingUtilizationApp(), ImagingUtilizationOptions.defaults());
    }
    assertThat(r.byModality())
        .containsExactly(
            new ImagingUtilizationResult.ModalityUse("CT", 5, 2500.0, 1),
            new ImagingUtilizationResult.ModalityUse("MR", 1, 500.0, 0));
    assertThat(r.doseOutliers())
        .containsExactly(
            new ImagingUtilizationResult.DoseOutlier("2.2", "p2", "Chest routine", 40.0, 12.5));
  }
}
