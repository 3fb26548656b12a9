package org.medmine.ingest.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmine.testing.FhirFixtures.patient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.IngestOptions.InputFormat;
import org.medmine.testing.FhirFixtures;
import org.medmine.testing.RecordedIngest;
import org.medmine.testing.TestDicomFile;

/**
 * DICOM files written by {@link TestDicomFile} (and read back by DCMTK's dcmdump, so the writer is
 * not only checked by its own reader) land as one {@code imaging_study} row per study, with counts,
 * CTDIvol, scanner and timing; a file that is not DICOM, and one cut short, are quarantined with
 * the reason.
 */
class DicomIngestTest {
  @TempDir Path dir;

  private static TestDicomFile chestCt(String series, String instance, double ctdi) {
    return TestDicomFile.ct("p1", "1.2.3.100", series, instance)
        .text(0x00080020, "DA", "20240131")
        .text(0x00080030, "TM", "081530.25")
        .text(0x00080070, "LO", "ACME Medical")
        .text(0x00081010, "SH", "CT01")
        .text(0x00081030, "LO", "CT CHEST W CONTRAST")
        .text(0x00081090, "LO", "Imager 64")
        .text(0x00180015, "CS", "CHEST")
        .text(0x00181030, "LO", "Chest routine")
        .fd(0x00189345, ctdi);
  }

  @Test
  void dcmdumpReadsTheFilesTheTestWriterWrites() throws IOException, InterruptedException {
    Path f = chestCt("1.2.3.100.1", "1.2.3.100.1.1", 12.25).write(dir.resolve("a.dcm"));
    Process p = new ProcessBuilder("dcmdump", f.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(out)
        .contains("(0018,9345) FD 12.25")
        .contains("(0008,0060) CS [CT]")
        .contains("(0020,000d) UI [1.2.3.100]")
        .contains("(0008,1032) SQ (Sequence with undefined length")
        .contains("(7fe0,0010) OW");
  }

  @Test
  void studiesLandOnceWithCountsDoseAndScannerAndBadFilesAreQuarantined()
      throws SQLException, IOException {
    Path w = dir.resolve("w.duckdb");
    RecordedIngest.run(
        w, new FhirFixtures(dir.resolve("fhir")).bundle("p.json", patient("p1"), patient("p2")));
    Path in = dir.resolve("dicom");
    chestCt("1.2.3.100.1", "1.2.3.100.1.1", 10.0).write(in.resolve("s1/a.dcm"));
    chestCt("1.2.3.100.1", "1.2.3.100.1.2", 12.25).write(in.resolve("s1/b.dcm"));
    chestCt("1.2.3.100.2", "1.2.3.100.2.1", 8.5).write(in.resolve("s1/c.dcm"));
    TestDicomFile.ct("p2", "1.2.3.200", "1.2.3.200.1", "1.2.3.200.1.1")
        .text(0x00080060, "CS", "MR")
        .text(0x00080020, "DA", "20240202")
        .text(0x00180015, "CS", "HEAD")
        .implicitVr()
        .write(in.resolve("s2/a.dcm"));
    Files.write(in.resolve("junk.dcm"), "not a dicom file at all".repeat(10).getBytes());
    byte[] whole = chestCt("1.2.3.300.1", "1.2.3.300.1.1", 5).bytes();
    Files.write(in.resolve("cut.dcm"), Arrays.copyOf(whole, 300));
    RecordedIngest r =
        RecordedIngest.run(w, new IngestOptions(List.of(in), null, InputFormat.DICOM));
    assertThat(
            rows(
                w,
                "SELECT id, patient_id, modality_code, body_site_code, started_time,"
                    + " number_of_series, number_of_instances, ctdi_vol, manufacturer, scanner_model,"
                    + " station_name, protocol_name, code_display FROM imaging_study ORDER BY id"))
        .containsExactly(
            "1.2.3.100|p1|CT|CHEST|2024-01-31 08:15:30.0|2|3|12.25|ACME Medical|Imager 64|CT01"
                + "|Chest routine|CT CHEST W CONTRAST",
            "1.2.3.200|p2|MR|HEAD|2024-02-02 00:00:00.0|1|1|null|null|null|null|null|null");
    assertThat(r.quarantine())
        .extracting(q -> Path.of(q.file()).getFileName() + ": " + q.reason())
        .containsExactly(
            "cut.dcm: truncated: the file ends at byte 300 (26 bytes expected) inside element"
                + " (0008,0016)",
            "junk.dcm: not a DICOM Part 10 file: no 'DICM' after the 128-byte preamble");
    assertThat(r.result().stored()).isEqualTo(4);
  }

  private static List<String> rows(Path w, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + w);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> cells = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
          cells.add(String.valueOf(rs.getObject(k)));
        }
        out.add(String.join("|", cells));
      }
    }
    return out;
  }
}
