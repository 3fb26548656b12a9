package org.medmine.ingest.synthea;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.medmine.ingest.progress.CountingInputStream;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.RecordOrigin;
import org.medmine.warehouse.RecordSink;
import org.medmine.warehouse.Row;
import org.medmine.warehouse.WarehouseException;

/**
 * Reads Synthea's CSV export (one folder: patients.csv, encounters.csv, ...) into the same tables
 * and columns as its FHIR export of the same people (see {@link SyntheaCsvFile} for what each file
 * becomes).
 *
 * <p>Files are streamed line by line with FastCSV; memory holds one line, plus one pair of sums per
 * claim while claims_transactions.csv is folded into claim totals (see {@link SyntheaClaimMapper}).
 * Every data line is stored or quarantined with its file and 1-based line number: a line with the
 * wrong number of fields, a bad date or a bad number costs that line only, and the next line still
 * loads. A file that cannot be parsed on (an unterminated quote) is quarantined from that line on,
 * and the earlier lines are kept.
 */
public final class SyntheaCsvReader {
  /** The files of Synthea's CSV export that medmine reads, in load order. */
  public static final List<String> FILES =
      SyntheaCsvFile.inLoadOrder().stream().map(SyntheaCsvFile::fileName).toList();

  private final RecordSink sink;
  private final IngestListener listener;
  private final SyntheaClinicalMapper clinical = new SyntheaClinicalMapper();
  private final SyntheaAdministrativeMapper administrative = new SyntheaAdministrativeMapper();
  private final SyntheaClaimMapper claims = new SyntheaClaimMapper();
  private final MessageDigest md5 = CsvLine.md5();

  public SyntheaCsvReader(RecordSink sink, IngestListener listener) {
    this.sink = sink;
    this.listener = listener;
  }

  /** The CSV files this reader will read from {@code dir}, in load order. */
  public List<Path> files(Path dir) {
    if (!Files.isDirectory(dir) || !Files.isRegularFile(dir.resolve("patients.csv"))) {
      throw new MedmineUserException(
          dir + " is not a Synthea CSV export (no patients.csv): give the csv folder.");
    }
    List<Path> out = new ArrayList<>();
    for (String f : FILES) {
      if (Files.isRegularFile(dir.resolve(f))) {
        out.add(dir.resolve(f));
      }
    }
    return out;
  }

  /**
   * Reads every file of {@link #files}; quarantine entries and positions name each file by its
   * absolute path.
   */
  public void read(Path dir) throws IOException {
    for (Path f : files(dir)) {
      read(f, f.toAbsolutePath().normalize().toString());
    }
  }

  /**
   * Reads one file of the export; the kind of file is told by its name ({@code encounters.csv},
   * ...).
   */
  public void read(Path file, String name) throws IOException {
    SyntheaCsvFile kind = SyntheaCsvFile.forName(file.getFileName().toString());
    if (kind == null) {
      throw new IllegalArgumentException(file + " is not a file of Synthea's CSV export");
    }
    long size = Files.size(file);
    listener.fileStarted(name, size);
    if (size == 0) {
      sink.quarantine(
          RecordOrigin.wholeFile(name),
          kind.resourceType(),
          null,
          "the file is empty (not even a header)",
          "");
      return;
    }
    try (CountingInputStream counted =
            new CountingInputStream(Files.newInputStream(file), listener);
        CsvReader<CsvRecord> csv =
            CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .ofCsvRecord(new BufferedInputStream(counted, 1 << 16), StandardCharsets.UTF_8)) {
      readRecords(csv.iterator(), kind, name);
      counted.flushProgress();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void readRecords(Iterator<CsvRecord> it, SyntheaCsvFile kind, String name) {
    Map<String, Integer> header = null;
    String patient = null;
    Map<String, Integer> seen = new HashMap<>();
    long records = 0;
    long line = 1;
    while (true) {
      CsvRecord rec;
      try {
        if (!it.hasNext()) {
          break;
        }
        rec = it.next();
      } catch (CsvParseException e) {
        sink.quarantine(
            new RecordOrigin(name, line + 1, "line"),
            kind.resourceType(),
            null,
            "the CSV cannot be parsed from here on ("
                + rootMessage(e)
                + "); the lines before it were read",
            "");
        records++;
        break;
      }
      line = rec.getStartingLineNumber();
      if (header == null) {
        header = header(rec, kind, name);
        if (header == null) {
          return;
        }
        continue;
      }
      records++;
      if ((records & 1023) == 0) {
        listener.advanced(0, 1024);
      }
      RecordOrigin origin = new RecordOrigin(name, line, "line");
      List<String> fields = rec.getFields();
      if (fields.size() != header.size()) {
        sink.quarantine(
            origin,
            kind.resourceType(),
            null,
            "the line has " + fields.size() + " fields, the header has " + header.size(),
            CsvLine.raw(fields));
        continue;
      }
      CsvLine csvLine = new CsvLine(kind.fileName(), header, fields);
      if (kind.idColumn() == null && !Objects.equals(patient, csvLine.text("PATIENT"))) {
        patient = csvLine.text("PATIENT");
        seen.clear();
      }
      handle(csvLine, kind, origin, seen);
    }
    listener.advanced(0, records & 1023);
  }

  /**
   * Reads the header line; quarantines the whole file (and returns null) when a needed column is
   * missing.
   */
  private Map<String, Integer> header(CsvRecord rec, SyntheaCsvFile kind, String name) {
    Map<String, Integer> header = new HashMap<>();
    List<String> fields = rec.getFields();
    for (int i = 0; i < fields.size(); i++) {
      String column = fields.get(i).strip();
      if (i == 0 && column.startsWith("\uFEFF")) {
        column = column.substring(1);
      }
      header.put(column, i);
    }
    List<String> missing =
        kind.requiredColumns().stream().filter(c -> !header.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      sink.quarantine(
          RecordOrigin.wholeFile(name),
          kind.resourceType(),
          null,
          "the header lacks the column(s) "
              + String.join(", ", missing)
              + ": is this Synthea's "
              + kind.fileName()
              + "? The file was not read",
          CsvLine.raw(fields));
      return null;
    }
    return header;
  }

  /**
   * Maps and stores one line. A line of a file without ids gets {@link CsvLine#derivedId}; {@code
   * seen} counts the identical lines met before it among the current patient's consecutive lines
   * (Synthea writes a patient's lines together), so that two identical observations stay two rows
   * while memory holds one patient's lines at most.
   */
  private void handle(
      CsvLine line, SyntheaCsvFile kind, RecordOrigin origin, Map<String, Integer> seen) {
    String id = kind.idColumn() == null ? null : line.text(kind.idColumn());
    try {
      if (kind.idColumn() != null) {
        id = line.required(kind.idColumn());
      } else {
        String first = line.derivedId(0, md5);
        int repeat = seen.merge(first, 1, Integer::sum) - 1;
        id = repeat == 0 ? first : line.derivedId(repeat, md5);
      }
      if (id.length() > 256) {
        throw new SyntheaFormatException(
            "the id is " + id.length() + " characters long (at most 256)");
      }
      sink.store(origin, kind.resourceType(), map(kind, line, id));
    } catch (SyntheaFormatException e) {
      sink.quarantine(origin, kind.resourceType(), id, e.getMessage(), line.raw());
    } catch (WarehouseException e) {
      throw e;
    } catch (RuntimeException e) {
      sink.quarantine(
          origin, kind.resourceType(), id, "could not map the line (" + e + ")", line.raw());
    }
  }

  private List<Row> map(SyntheaCsvFile kind, CsvLine l, String id) {
    return switch (kind) {
      case PATIENTS -> List.of(administrative.patient(l, id));
      case ORGANIZATIONS -> List.of(administrative.organization(l, id));
      case PROVIDERS -> List.of(administrative.provider(l, id));
      case PAYERS -> List.of(administrative.payer(l, id));
      case ENCOUNTERS -> List.of(clinical.encounter(l, id));
      case CONDITIONS -> List.of(clinical.condition(l, id));
      case OBSERVATIONS -> List.of(clinical.observation(l, id));
      case MEDICATIONS -> List.of(clinical.medication(l, id));
      case PROCEDURES -> List.of(clinical.procedure(l, id));
      case IMMUNIZATIONS -> List.of(clinical.immunization(l, id));
      case ALLERGIES -> List.of(clinical.allergy(l, id));
      case DEVICES -> List.of(clinical.device(l, id));
      case IMAGING_STUDIES -> List.of(clinical.imagingStudy(l, id));
      case CAREPLANS -> List.of(clinical.carePlan(l, id));
      case CLAIMS_TRANSACTIONS -> claims.transaction(l, id);
      case CLAIMS -> claims.claim(l, id);
    };
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m.split("\n")[0];
  }
}
