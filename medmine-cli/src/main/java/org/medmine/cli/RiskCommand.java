package org.medmine.cli;

import java.util.List;
import org.medmine.apps.risk.RiskApp;
import org.medmine.apps.risk.RiskOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code medmine risk}: re-identification risk of the patients on chosen quasi-identifiers. */
@Command(name = "risk", mixinStandardHelpOptions = true)
final class RiskCommand extends WarehouseSubcommand {
  @Option(names = "--k", defaultValue = "5")
  int k;

  @Option(names = "--qi", split = ",", defaultValue = "birth_year,sex,zip3,race,ethnicity")
  List<String> qi;

  @Option(names = "--generalize")
  boolean generalize;

  @Option(names = "--max-suppression", defaultValue = "0.05")
  double maxSuppression;

  @Override
  public Integer call() {
    RiskOptions options = new RiskOptions(k, qi, generalize, maxSuppression);
    return runAndPrint(new RiskApp(), options);
  }
}
