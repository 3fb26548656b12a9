package org.medmine.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.IngestOptions.InputFormat;
import org.medmine.ingest.IngestResult;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.TerminalProgress;
import org.medmine.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code medmine ingest}: loads FHIR R4, Synthea CSV, HL7 v2 or a patient's device export into the
 * warehouse.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true)
final class IngestCommand extends WarehouseSubcommand {
  @Mixin EncryptOption encryption;

  @Parameters(arity = "1..*", paramLabel = "PATH")
  List<Path> inputs;

  @Option(names = "--source", paramLabel = "NAME")
  String source;

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto")
  InputFormat format;

  @Option(names = "--timezone", paramLabel = "ZONE")
  ZoneId timeZone;

  @Option(names = "--patient", paramLabel = "ID")
  String patient;

  @Option(names = "--no-progress")
  boolean noProgress;

  @Override
  public Integer call() {
    IngestOptions options =
        new IngestOptions(
            inputs,
            source,
            format,
            ProcessSettings.csvReading(),
            ProcessSettings.pausePoint(),
            timeZone,
            patient);
    Ingestor.checkInputs(options);
    IngestResult result;
    try (Warehouse w = encryption.open(warehouse.file);
        TerminalProgress progress = TerminalProgress.create(!noProgress && !output.json())) {
      result = Ingestor.ingest(w, options, progress);
    }
    output.print(spec, result, result.toText(warehouse.file));
    return ExitCodes.OK;
  }
}
