package org.medmine.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.medmine.ingest.IngestOptions.InputFormat;
import org.medmine.ingest.devices.AppleHealthReader;
import org.medmine.ingest.devices.FitbitReader;
import org.medmine.ingest.imaging.DicomReader;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.RecordSink;
import org.medmine.warehouse.WarehouseLoader;

/**
 * The device and imaging branch of {@link Ingestor}: Apple Health and Fitbit exports of one patient
 * and folders of DICOM files, read on the calling thread and staged on another as for FHIR. Rows
 * join the clinical record through the patient id, which must name a patient of the same source
 * (else they are quarantined as referring to no patient, as for every ingest).
 */
final class DeviceIngest {
  private DeviceIngest() {}

  /** Fails with a user sentence when the patient is not named or there is nothing to read. */
  static void check(IngestOptions options, InputFormat format) {
    if (format != InputFormat.DICOM && (options.patient() == null || options.patient().isBlank())) {
      throw new MedmineUserException(
          "A device export names no patient: give the patient's id with --patient ID.");
    }
    try {
      files(options.inputs(), format);
    } catch (IOException e) {
      throw new MedmineUserException(
          "Could not list the files under " + options.inputs() + ": check their permissions.", e);
    }
  }

  static Ingestor.Volume read(
      WarehouseLoader loader, IngestOptions options, InputFormat format, IngestListener listener)
      throws IOException {
    long files = 0;
    long bytes = 0;
    try (PipelinedSink pipeline = new PipelinedSink(loader)) {
      DicomReader dicom = new DicomReader(pipeline, options.patient());
      Reader reader =
          format == InputFormat.DICOM ? dicom::read : reader(pipeline, listener, options, format);
      for (Path f : files(options.inputs(), format)) {
        String name = Ingestor.displayName(f);
        long size = Files.size(f);
        options.pause().reach("file-" + files);
        listener.fileStarted(name, size);
        loader.fileStarted(name);
        reader.read(f, name);
        listener.advanced(format == InputFormat.DICOM ? size : 0, 0);
        bytes += size;
        files++;
      }
      dicom.finish();
      pipeline.drain();
    }
    return new Ingestor.Volume(files, bytes);
  }

  /** Reads one file of an export. */
  private interface Reader {
    void read(Path file, String name) throws IOException;
  }

  private static Reader reader(
      RecordSink sink, IngestListener listener, IngestOptions options, InputFormat format) {
    if (format == InputFormat.APPLE_HEALTH) {
      return new AppleHealthReader(sink, listener, options.patient())::read;
    }
    return new FitbitReader(sink, listener, options.patient(), options.timeZone())::read;
  }

  /** The export's files under the inputs, folders walked in name order. */
  static List<Path> files(List<Path> inputs, InputFormat format) throws IOException {
    Predicate<String> accepts =
        switch (format) {
          case APPLE_HEALTH -> AppleHealthReader::accepts;
          case DICOM -> n -> !n.startsWith(".");
          default -> FitbitReader::accepts;
        };
    List<Path> out = InputFiles.under(inputs, accepts);
    if (out.isEmpty()) {
      throw new MedmineUserException(
          "No "
              + switch (format) {
                case APPLE_HEALTH -> "Apple Health export (*.xml)";
                case DICOM -> "DICOM files";
                default -> "Fitbit JSON";
              }
              + " under "
              + inputs
              + ": check the path.");
    }
    return out;
  }
}
