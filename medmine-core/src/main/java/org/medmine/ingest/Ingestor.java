package org.medmine.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.medmine.ingest.IngestOptions.CsvReading;
import org.medmine.ingest.IngestOptions.InputFormat;
import org.medmine.ingest.devices.AppleHealthReader;
import org.medmine.ingest.fhir.FhirFileOrder;
import org.medmine.ingest.fhir.FhirReader;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.ingest.synthea.NativeCsvRefused;
import org.medmine.ingest.synthea.SyntheaCsvNativeReader;
import org.medmine.ingest.synthea.SyntheaCsvReader;
import org.medmine.model.MedmineUserException;
import org.medmine.model.MedmineVersion;
import org.medmine.warehouse.DeidentifiedStatus;
import org.medmine.warehouse.DirectLoadRefused;
import org.medmine.warehouse.RunRecord;
import org.medmine.warehouse.Warehouse;
import org.medmine.warehouse.WarehouseLoader;

/**
 * Runs one ingest: finds the files under the inputs, reads each with the reader for its format, and
 * commits everything as one transaction (see {@link WarehouseLoader}). Files are read on the
 * calling thread and their records stored on a second one ({@link PipelinedSink}).
 */
public final class Ingestor {

  private Ingestor() {}

  public static IngestResult ingest(
      Warehouse warehouse, IngestOptions options, IngestListener listener) {
    long t0 = System.nanoTime();
    checkInputs(options);
    DeidentifiedStatus.refuseInput(warehouse.connection(), warehouse.file(), "ingest");
    InputFormat format =
        options.format() == InputFormat.AUTO ? detect(options.inputs()) : options.format();
    if (format == InputFormat.HL7V2) {
      return Hl7v2Ingest.run(warehouse, options, listener, t0);
    }
    boolean nativeCsv =
        format == InputFormat.SYNTHEA_CSV
            && options.csvReading() != CsvReading.JAVA
            && SyntheaCsvNativeReader.usable(warehouse.connection());
    boolean allowDirect = true;
    while (true) {
      try {
        return ingest(warehouse, options, format, listener, allowDirect, nativeCsv, t0);
      } catch (DirectLoadRefused e) {
        if (!allowDirect) {
          throw e;
        }
        // A first load with a reference that resolves to nothing: read it again through the staged
        // merge.
        allowDirect = false;
      } catch (NativeCsvRefused e) {
        if (options.csvReading() == CsvReading.NATIVE_STRICT) {
          throw e;
        }
        // CSV that DuckDB does not read as the Java reader does: the Java reader reads the run
        // again.
        nativeCsv = false;
      }
    }
  }

  /** The files and bytes a run read. */
  record Volume(long files, long bytes) {}

  private static IngestResult ingest(
      Warehouse warehouse,
      IngestOptions options,
      InputFormat format,
      IngestListener listener,
      boolean allowDirect,
      boolean nativeCsv,
      long t0) {
    String runId = "run-" + UUID.randomUUID();
    Instant started = Instant.now();
    try (WarehouseLoader loader =
        new WarehouseLoader(warehouse, options.source(), runId, allowDirect, options.pause())) {
      Volume read;
      if (format.device() || format == InputFormat.DICOM) {
        read = DeviceIngest.read(loader, options, format, listener);
      } else if (format != InputFormat.SYNTHEA_CSV) {
        read = readFhir(loader, options, listener);
      } else if (nativeCsv) {
        read = readCsvInDuckDb(loader, options, listener);
      } else {
        read = readCsv(loader, options, listener);
      }
      listener.merging();
      String inputs =
          options.inputs().stream().map(Ingestor::displayName).collect(Collectors.joining(" "));
      var counts =
          loader.finish(
              new RunRecord(
                  format.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                  inputs,
                  started,
                  read.files(),
                  read.bytes(),
                  MedmineVersion.get()));
      return new IngestResult(
          runId,
          options.source(),
          format.name(),
          read.files(),
          read.bytes(),
          counts.read(),
          counts.stored(),
          counts.quarantined(),
          counts.skipped(),
          counts.skippedByType(),
          (System.nanoTime() - t0) / 1e9);
    } catch (IOException e) {
      throw new MedmineUserException(
          "Could not read the input (" + e.getMessage() + "): check the files and retry.", e);
    }
  }

  /**
   * FHIR: parsing and mapping on this thread, staging into DuckDB on another (the two take
   * comparable time); administrative files first, so that conditional references resolve as the
   * rows are appended.
   */
  private static Volume readFhir(
      WarehouseLoader loader, IngestOptions options, IngestListener listener) throws IOException {
    long files = 0;
    long bytes = 0;
    try (PipelinedSink pipeline = new PipelinedSink(loader)) {
      FhirReader reader = new FhirReader(pipeline, listener);
      for (Path f : FhirFileOrder.administrativeFirst(fhirFiles(options.inputs()))) {
        String name = displayName(f);
        long size = size(f);
        options.pause().reach("file-" + files);
        listener.fileStarted(name, size);
        loader.fileStarted(name);
        reader.read(f, name);
        bytes += size;
        files++;
      }
      pipeline.drain();
    }
    return new Volume(files, bytes);
  }

  /**
   * Synthea CSV read by DuckDB, which maps the files itself (see {@link SyntheaCsvNativeReader}).
   */
  private static Volume readCsvInDuckDb(
      WarehouseLoader loader, IngestOptions options, IngestListener listener) throws IOException {
    SyntheaCsvReader export = new SyntheaCsvReader(loader, listener);
    SyntheaCsvNativeReader reader =
        new SyntheaCsvNativeReader(loader.nativeRows(), loader, listener);
    long files = 0;
    long bytes = 0;
    for (Path dir : options.inputs()) {
      List<Path> csvs = export.files(dir);
      bytes += filesStarted(loader, csvs);
      files += csvs.size();
      reader.read(csvs);
    }
    return new Volume(files, bytes);
  }

  /**
   * Synthea CSV read by the Java reader: as for FHIR, parsing and mapping on this thread, staging
   * on another.
   */
  private static Volume readCsv(
      WarehouseLoader loader, IngestOptions options, IngestListener listener) throws IOException {
    long files = 0;
    long bytes = 0;
    try (PipelinedSink pipeline = new PipelinedSink(loader)) {
      SyntheaCsvReader reader = new SyntheaCsvReader(pipeline, listener);
      for (Path dir : options.inputs()) {
        List<Path> csvs = reader.files(dir);
        bytes += filesStarted(loader, csvs);
        files += csvs.size();
        reader.read(dir);
      }
      pipeline.drain();
    }
    return new Volume(files, bytes);
  }

  /** Tells the loader that {@code files} are being read; their size on disk. */
  private static long filesStarted(WarehouseLoader loader, List<Path> files) {
    long bytes = 0;
    for (Path f : files) {
      loader.fileStarted(displayName(f));
      bytes += size(f);
    }
    return bytes;
  }

  /**
   * Fails with a {@link MedmineUserException} when an input is missing or unreadable, or holds no
   * file to read, before anything is opened or written.
   */
  public static void checkInputs(IngestOptions options) {
    if (options.inputs().isEmpty()) {
      throw new MedmineUserException("No input given: name the files or folders to ingest.");
    }
    for (Path p : options.inputs()) {
      if (!Files.exists(p)) {
        throw new MedmineUserException("Input " + p + " does not exist: check the path.");
      }
      if (!Files.isReadable(p)) {
        throw new MedmineUserException("Input " + p + " cannot be read: check its permissions.");
      }
    }
    InputFormat format =
        options.format() == InputFormat.AUTO ? detect(options.inputs()) : options.format();
    if (format.device() || format == InputFormat.DICOM) {
      DeviceIngest.check(options, format);
    }
    if (format == InputFormat.FHIR || format == InputFormat.HL7V2) {
      try {
        if (format == InputFormat.HL7V2) {
          Hl7v2Ingest.files(options.inputs());
        } else {
          fhirFiles(options.inputs());
        }
      } catch (IOException | UncheckedIOException e) {
        throw new MedmineUserException(
            "Could not list the files under "
                + options.inputs()
                + " ("
                + e.getMessage()
                + "): check their permissions.",
            e);
      }
    }
  }

  /**
   * A folder with Synthea's patients.csv is Synthea CSV; {@code .hl7} files, or folders holding
   * them and no FHIR files, are HL7 v2; an {@code .xml} file is an Apple Health export; anything
   * else is read as FHIR JSON.
   */
  static InputFormat detect(List<Path> inputs) {
    for (Path p : inputs) {
      if (Files.isDirectory(p) && Files.isRegularFile(p.resolve("patients.csv"))) {
        return InputFormat.SYNTHEA_CSV;
      }
    }
    if (inputs.stream()
        .anyMatch(p -> Files.isRegularFile(p) && AppleHealthReader.accepts(p.toString()))) {
      return InputFormat.APPLE_HEALTH;
    }
    return Hl7v2Ingest.recognises(inputs) ? InputFormat.HL7V2 : InputFormat.FHIR;
  }

  static String displayName(Path p) {
    return p.toAbsolutePath().normalize().toString();
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The FHIR files under the inputs, folders walked in name order so that runs are repeatable. */
  static List<Path> fhirFiles(List<Path> inputs) throws IOException {
    List<Path> out = InputFiles.under(inputs, FhirReader::accepts);
    if (out.isEmpty()) {
      throw new MedmineUserException(
          "No FHIR files (*.json, *.ndjson, *.jsonl, optionally .gz) under "
              + inputs
              + ": check the path.");
    }
    return out;
  }
}
