package org.medmine.ingest.imaging;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.medmine.model.Table;
import org.medmine.warehouse.RecordOrigin;
import org.medmine.warehouse.RecordSink;
import org.medmine.warehouse.Row;

/**
 * Reads DICOM Part 10 files into {@code imaging_study} rows, one per study: each file is one record
 * whose header is kept (a few hundred bytes), and at {@link #finish} every file is stored with the
 * row of its study (instance and series counts, the largest CTDIvol, the scanner and protocol of
 * the study's first file), so the study's files all carry the same row and the warehouse keeps one.
 * A file that cannot be read is quarantined with the reason; the patient is the header's Patient ID
 * unless the ingest names one.
 */
public final class DicomReader {
  private final RecordSink sink;
  private final String patient;
  private final List<Read> reads = new ArrayList<>();

  private record Read(RecordOrigin origin, DicomHeader header) {}

  /** A reader whose files belong to {@code patient}, or to their Patient ID when it is null. */
  public DicomReader(RecordSink sink, String patient) {
    this.sink = sink;
    this.patient = patient;
  }

  /** Reads one file's header; {@code name} is how quarantine entries refer to it. */
  public void read(Path file, String name) throws IOException {
    RecordOrigin origin = RecordOrigin.wholeFile(name);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 14)) {
      DicomHeader h = DicomHeaderReader.read(in);
      if (patient == null && h.patientId() == null) {
        throw new DicomFormatException(
            "the header has no Patient ID (0010,0020): name the patient with --patient ID");
      }
      reads.add(new Read(origin, h));
    } catch (DicomFormatException e) {
      sink.quarantine(origin, "DICOM", null, e.getMessage(), "");
    }
  }

  /** Stores every file read with its study's row. */
  public void finish() {
    Map<String, List<DicomHeader>> studies = new LinkedHashMap<>();
    for (Read r : reads) {
      studies.computeIfAbsent(r.header().studyUid(), k -> new ArrayList<>()).add(r.header());
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    studies.forEach((uid, headers) -> rows.put(uid, studyRow(headers)));
    for (Read r : reads) {
      Row row = rows.get(r.header().studyUid());
      Row copy = new Row(Table.IMAGING_STUDY);
      row.values().forEach(copy::set);
      sink.store(r.origin(), "DICOM", List.of(copy));
    }
    reads.clear();
  }

  private Row studyRow(List<DicomHeader> headers) {
    DicomHeader first = headers.get(0);
    Double ctdi =
        headers.stream()
            .map(DicomHeader::ctdiVol)
            .filter(Objects::nonNull)
            .max(Double::compare)
            .orElse(null);
    return new Row(Table.IMAGING_STUDY)
        .set("id", first.studyUid())
        .set("patient_id", patient != null ? patient : first.patientId())
        .set("status", "available")
        .set("started_time", first.studyTime())
        .set("code_display", first.studyDescription())
        .set("modality_code", first.modality())
        .set("body_site_code", first.bodyPart())
        .set("body_site_display", first.bodyPart())
        .set("sop_class_code", first.sopClassUid())
        .set("number_of_series", headers.stream().map(DicomHeader::seriesUid).distinct().count())
        .set("number_of_instances", (long) headers.size())
        .set("ctdi_vol", ctdi)
        .set("manufacturer", first.manufacturer())
        .set("scanner_model", first.model())
        .set("station_name", first.station())
        .set("protocol_name", first.protocol())
        .set("input_format", "dicom");
  }
}
