package org.medmine.cli;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.medmine.apps.operations.CensusApp;
import org.medmine.apps.operations.CensusOptions;
import org.medmine.apps.operations.CensusResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code medmine census}: who is in which unit and bed, occupancy, flow and ED boarding, from the
 * HL7 v2 ADT stays.
 */
@Command(name = "census", mixinStandardHelpOptions = true)
final class CensusCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;

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

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CensusOptions options = new CensusOptions(asOf, edUnits, names);
    CensusResult result = Contexts.run(spec, warehouse.file, new CensusApp(), options);
    output.print(spec, result);
    return ExitCodes.OK;
  }
}
