package org.medmine.cli;

import java.nio.file.Path;
import java.util.List;
import org.medmine.apps.governance.ConsentFiles;
import org.medmine.apps.governance.ConsentLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code medmine consent}: loads FHIR Consent resources and opt-out lists into the warehouse. */
@Command(name = "consent", mixinStandardHelpOptions = true)
final class ConsentCommand extends Subcommand {
  @Mixin WarehouseOption warehouse;

  @Option(names = "--fhir", paramLabel = "FILE")
  List<Path> fhir = List.of();

  @Option(names = "--opt-out", paramLabel = "FILE")
  List<Path> optOut = List.of();

  @Option(names = "--source", defaultValue = "default")
  String source;

  @Override
  public Integer call() {
    ConsentFiles files = new ConsentFiles(source, fhir, optOut);
    int n = Contexts.with(spec, warehouse.file, c -> ConsentLoad.run(c, files));
    spec.commandLine().getOut().println("Stored " + n + " consent record(s).");
    return ExitCodes.OK;
  }
}
