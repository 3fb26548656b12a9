package org.medmine.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.medmine.ingest.fhir.views.ViewTable;
import org.medmine.model.MedmineUserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code medmine view run}: SQL-on-FHIR v2 ViewDefinitions over FHIR files (docs/sql-on-fhir.md).
 */
@Command(name = "view", mixinStandardHelpOptions = true, subcommands = ViewCommand.Run.class)
final class ViewCommand extends Subcommand {
  @Override
  public Integer call() {
    throw new MedmineUserException("Give a subcommand: medmine view run VIEW.json --fhir PATH.");
  }

  /** {@code medmine view run VIEW.json --fhir FILE|DIR [--format csv|json]}. */
  @Command(name = "run", mixinStandardHelpOptions = true)
  static final class Run extends Subcommand {
    @Parameters(index = "0", paramLabel = "VIEW")
    Path view;

    @Option(names = "--fhir", required = true, paramLabel = "PATH")
    Path fhir;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT")
    ViewTable.Format format;

    @Override
    public Integer call() throws IOException {
      ViewTable.print(view, fhir, spec.commandLine().getOut(), format);
      return ExitCodes.OK;
    }
  }
}
