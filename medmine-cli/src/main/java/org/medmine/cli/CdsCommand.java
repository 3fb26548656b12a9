package org.medmine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.medmine.apps.cds.AlertPolicy;
import org.medmine.apps.cds.CdsHookApp;
import org.medmine.apps.cds.CdsHookOptions;
import org.medmine.apps.cds.CdsHookResult;
import org.medmine.apps.cds.CdsHookService;
import org.medmine.apps.cds.CdsRequest;
import org.medmine.apps.cds.CdsResponse;
import org.medmine.apps.cds.PatientRecords;
import org.medmine.apps.cds.PatientRisk;
import org.medmine.apps.cds.PgxAdvisor;
import org.medmine.apps.cds.Severity;
import org.medmine.context.AnalysisContext;
import org.medmine.model.MedmineUserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code medmine cds --hook H --request FILE.json [--warehouse W]}: answers one CDS Hooks request
 * without the server, exactly as {@code POST /cds-services/ID} would (docs/cds-hooks.md). With a
 * warehouse, the patient's active medications come from it when the request neither prefetched them
 * nor named a FHIR server.
 */
@Command(name = "cds", mixinStandardHelpOptions = true)
final class CdsCommand implements Callable<Integer> {
  @Mixin FormatOption output;

  @Option(names = "--hook", required = true, paramLabel = "HOOK")
  String hook;

  @Option(names = "--request", required = true, paramLabel = "FILE")
  Path request;

  @Option(
      names = {"-w", "--warehouse"},
      paramLabel = "FILE")
  Path warehouse;

  @Option(names = "--severity-floor", defaultValue = "moderate", paramLabel = "SEVERITY")
  String severityFloor;

  @Option(names = "--role", paramLabel = "ROLE")
  String role;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    String serviceId = CdsHookOptions.serviceFor(hook);
    AlertPolicy policy = new AlertPolicy(Severity.parse(severityFloor));
    String body = read(request);
    CdsHookService service = new CdsHookService(policy, PgxAdvisor.NONE, PatientRisk.Source.NONE);
    CdsResponse response;
    if (warehouse == null) {
      response = service.call(serviceId, CdsRequest.parse(body), PatientRecords.NONE);
    } else {
      if (!Files.isRegularFile(warehouse)) {
        throw new MedmineUserException("No warehouse at " + warehouse + ": give --warehouse.");
      }
      try (AnalysisContext context = Contexts.open(spec, warehouse, role)) {
        CdsHookResult result =
            context.run(new CdsHookApp(service), new CdsHookOptions(serviceId, body));
        response = result.response();
      }
    }
    output.print(spec, response, new CdsHookResult(response, null).toText());
    return ExitCodes.OK;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new MedmineUserException(
          "Cannot read the CDS Hooks request " + file + ": give a readable JSON file.", e);
    }
  }
}
