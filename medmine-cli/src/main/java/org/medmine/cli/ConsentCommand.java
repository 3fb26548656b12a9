package org.medmine.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.medmine.apps.governance.ConsentFiles;
import org.medmine.apps.governance.ConsentLoad;
import org.medmine.context.AnalysisContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medmine consent}: loads FHIR Consent resources and opt-out lists into the warehouse. */
@Command(name = "consent", mixinStandardHelpOptions = true,
    description = "Loads FHIR Consent (JSON, Bundle or NDJSON) and opt-out lists (one patient id per line); the access layer excludes patients who deny.")
final class ConsentCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;

  @Option(names = "--fhir", paramLabel = "FILE", description = "FHIR Consent resources.")
  List<Path> fhir = List.of();

  @Option(names = "--opt-out", paramLabel = "FILE", description = "Opt-out lists.")
  List<Path> optOut = List.of();

  @Option(names = "--source", defaultValue = "default", description = "The source the patient ids belong to. Default: ${DEFAULT-VALUE}.")
  String source;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    ConsentFiles files = new ConsentFiles(source, fhir, optOut);
    int n;
    try (AnalysisContext context = Contexts.open(spec, warehouse.file, null)) {
      n = ConsentLoad.run(context, files);
    }
    spec.commandLine().getOut().println("Stored " + n + " consent record(s).");
    return ExitCodes.OK;
  }
}
