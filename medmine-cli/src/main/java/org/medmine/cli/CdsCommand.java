package org.medmine.cli;

import java.nio.file.Path;
import org.medmine.apps.cds.CdsHookApp;
import org.medmine.apps.cds.CdsHookOptions;
import org.medmine.apps.cds.CdsHookResult;
import org.medmine.apps.cds.CdsHookService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code medmine cds --hook H --request FILE.json [--warehouse W]}: answers one CDS Hooks request
 * without the server, exactly as {@code POST /cds-services/ID} would (docs/cds-hooks.md). With a
 * warehouse, the patient's active medications come from it when the request neither prefetched them
 * nor named a FHIR server.
 */
@Command(name = "cds", mixinStandardHelpOptions = true)
final class CdsCommand extends Subcommand {
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

  @Override
  public Integer call() {
    CdsHookOptions options = CdsHookOptions.fromFile(hook, request);
    CdsHookService service = CdsHookService.standalone(severityFloor);
    CdsHookResult result =
        warehouse == null
            ? CdsHookResult.withoutWarehouse(service, options)
            : Contexts.run(spec, warehouse, role, new CdsHookApp(service), options);
    output.print(spec, result);
    return ExitCodes.OK;
  }
}
