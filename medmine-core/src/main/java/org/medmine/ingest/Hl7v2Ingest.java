package org.medmine.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.medmine.ingest.fhir.FhirReader;
import org.medmine.ingest.hl7v2.Hl7v2FileIngest;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.model.MedmineUserException;
import org.medmine.model.MedmineVersion;
import org.medmine.warehouse.RunRecord;
import org.medmine.warehouse.Warehouse;

/**
 * The HL7 v2 branch of {@link Ingestor}: finds the {@code .hl7} files and runs them through {@link
 * Hl7v2FileIngest}.
 */
final class Hl7v2Ingest {
  private Hl7v2Ingest() {}

  /**
   * Whether the inputs are HL7 v2: {@code .hl7} files, or folders holding some and no FHIR files.
   */
  static boolean recognises(List<Path> inputs) {
    boolean hl7 = false;
    for (Path p : inputs) {
      if (Files.isRegularFile(p)) {
        hl7 |= Hl7v2FileIngest.accepts(p.getFileName().toString());
      } else if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          List<String> names =
              walk.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList();
          if (names.stream().anyMatch(FhirReader::accepts)) {
            return false;
          }
          hl7 |= names.stream().anyMatch(Hl7v2FileIngest::accepts);
        } catch (IOException | UncheckedIOException e) {
          return false; // listed again, with a clear message, when the files are read
        }
      }
    }
    return hl7;
  }

  /** The HL7 v2 files under the inputs, folders walked in name order. */
  static List<Path> files(List<Path> inputs) throws IOException {
    List<Path> out = InputFiles.under(inputs, Hl7v2FileIngest::accepts);
    if (out.isEmpty()) {
      throw new MedmineUserException(
          "No HL7 v2 files (*.hl7) under " + inputs + ": check the path.");
    }
    return out;
  }

  static IngestResult run(
      Warehouse warehouse, IngestOptions options, IngestListener listener, long t0) {
    String runId = "run-" + UUID.randomUUID();
    Instant started = Instant.now();
    long bytes = 0;
    long files = 0;
    try (Hl7v2FileIngest run =
        new Hl7v2FileIngest(
            warehouse, options.source(), runId, options.timeZone(), options.pause())) {
      for (Path f : files(options.inputs())) {
        String name = Ingestor.displayName(f);
        long size = Files.size(f);
        options.pause().reach("file-" + files);
        listener.fileStarted(name, size);
        run.read(f, name);
        listener.advanced(size, 0);
        bytes += size;
        files++;
      }
      listener.merging();
      String inputs =
          options.inputs().stream().map(Ingestor::displayName).collect(Collectors.joining(" "));
      var counts =
          run.finish(new RunRecord("hl7v2", inputs, started, files, bytes, MedmineVersion.get()));
      return new IngestResult(
          runId,
          options.source(),
          IngestOptions.InputFormat.HL7V2.name(),
          files,
          bytes,
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
}
