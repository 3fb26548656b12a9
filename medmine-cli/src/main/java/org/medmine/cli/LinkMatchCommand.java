package org.medmine.cli;

import java.nio.file.Path;
import org.medmine.apps.link.LinkMatchApp;
import org.medmine.apps.link.LinkMatchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code medmine link match}: looks a FHIR Patient up in the master patient index, storing nothing.
 */
@Command(name = "match", mixinStandardHelpOptions = true)
final class LinkMatchCommand extends WarehouseSubcommand {
  @Mixin LinkThresholds thresholds;

  @Option(names = "--fhir", paramLabel = "FILE", required = true)
  Path fhir;

  @Option(names = "--limit", defaultValue = "10", paramLabel = "N")
  int limit;

  @Override
  public Integer call() {
    LinkMatchOptions options = new LinkMatchOptions(fhir, limit, thresholds.options());
    return runAndPrint(new LinkMatchApp(), options);
  }
}
