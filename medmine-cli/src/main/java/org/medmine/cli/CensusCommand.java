package org.medmine.cli;

import java.time.LocalDateTime;
import java.util.List;
import org.medmine.apps.operations.CensusApp;
import org.medmine.apps.operations.CensusOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code medmine census}: who is in which unit and bed, occupancy, flow and ED boarding, from the
 * HL7 v2 ADT stays.
 */
@Command(name = "census", mixinStandardHelpOptions = true)
final class CensusCommand extends WarehouseSubcommand {
  @Option(names = "--as-of", paramLabel = "YYYY-MM-DDTHH:MM")
  LocalDateTime asOf;

  @Option(
      names = "--ed-units",
      split = ",",
      defaultValue = CensusOptions.DEFAULT_ED_UNITS,
      paramLabel = "UNIT")
  List<String> edUnits;

  @Option(names = "--names")
  boolean names;

  @Override
  public Integer call() {
    CensusOptions options = new CensusOptions(asOf, edUnits, names);
    return runAndPrint(new CensusApp(), options);
  }
}
