package org.medmine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.ConsentImporter;
import org.medmine.warehouse.Warehouse;
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
  public Integer call() throws IOException, SQLException {
    for (Path f : concat()) {
      if (!java.nio.file.Files.isRegularFile(f)) {
        throw new MedmineUserException("Input " + f + " does not exist: check the path.");
      }
    }
    int n = 0;
    try (Warehouse w = Warehouse.openExisting(warehouse.file, false, ProcessSettings.warehouse())) {
      // one transaction: a file that cannot be read leaves the consent table as it was
      w.connection().setAutoCommit(false);
      try {
        for (Path f : fhir) {
          n += ConsentImporter.importFhir(w.connection(), source, f);
        }
        for (Path f : optOut) {
          n += ConsentImporter.importOptOut(w.connection(), source, f);
        }
        w.connection().commit();
      } catch (IOException | SQLException | RuntimeException e) {
        w.connection().rollback();
        throw e;
      } finally {
        w.connection().setAutoCommit(true);
      }
    }
    AuditSession.current().note(warehouse.file, Map.of("consent", (long) n), "consent-import", concat().toString().replace(' ', '_'));
    spec.commandLine().getOut().println("Stored " + n + " consent record(s).");
    return ExitCodes.OK;
  }

  private List<Path> concat() {
    return java.util.stream.Stream.concat(fhir.stream(), optOut.stream()).toList();
  }
}
