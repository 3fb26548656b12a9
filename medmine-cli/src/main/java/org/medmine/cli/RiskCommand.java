package org.medmine.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.AccessLayer;
import org.medmine.privacy.PatientQuasiIdentifiers;
import org.medmine.privacy.ReidentificationRisk;
import org.medmine.privacy.RiskReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code medmine risk}: re-identification risk of the patients on chosen quasi-identifiers. */
@Command(name = "risk", mixinStandardHelpOptions = true,
    description = "Equivalence classes, share below k and prosecutor risk on quasi-identifiers; --generalize finds levels that reach k.")
final class RiskCommand implements Callable<Integer> {
  @Mixin WarehouseOption warehouse;
  @Mixin FormatOption output;

  @Option(names = "--k", defaultValue = "5", description = "The k of k-anonymity. Default: ${DEFAULT-VALUE}.")
  int k;

  @Option(names = "--qi", split = ",", defaultValue = "birth_year,sex,zip3,race,ethnicity",
      description = "Quasi-identifiers (birth_year, sex, zip3, race, ethnicity). Default: ${DEFAULT-VALUE}.")
  List<String> qi;

  @Option(names = "--generalize", description = "Generalize (year bands, ZIP region, suppression) until k is reached.")
  boolean generalize;

  @Option(names = "--max-suppression", defaultValue = "0.05", description = "Share of records that may be suppressed. Default: ${DEFAULT-VALUE}.")
  double maxSuppression;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws SQLException {
    if (k < 2) {
      throw new MedmineUserException("--k must be at least 2 (k-anonymity: every record shares its quasi-identifiers"
          + " with k-1 others), not " + k + ".");
    }
    if (!(maxSuppression >= 0 && maxSuppression <= 1)) {
      throw new MedmineUserException("--max-suppression must be a share between 0 and 1, not " + maxSuppression + ".");
    }
    Map<String, ReidentificationRisk.Hierarchy> chosen = new LinkedHashMap<>();
    List<List<String>> rows;
    try (AccessLayer w = WarehouseAccess.read(warehouse.file)) {
      rows = PatientQuasiIdentifiers.read(w.connection(), qi);
    }
    qi.forEach(q -> chosen.put(q, PatientQuasiIdentifiers.AVAILABLE.get(q)));
    ReidentificationRisk risk = new ReidentificationRisk(chosen);
    RiskReport before = risk.assess(rows, k);
    RiskReport after = generalize ? risk.generalize(rows, k, maxSuppression) : null;
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("as_recorded", before);
      json.put("generalized", after);
      out.println(Json.write(json));
      return ExitCodes.OK;
    }
    print(out, "As recorded", before);
    if (after != null) {
      print(out, "Generalized", after);
    }
    return ExitCodes.OK;
  }

  private static void print(PrintWriter out, String title, RiskReport r) {
    out.printf(java.util.Locale.ROOT, "%s (%s, k=%d): %d records in %d classes; %.1f%% in classes below k;"
            + " prosecutor risk max %.3f, average %.3f%n",
        title, String.join(",", r.quasiIdentifiers()), r.k(), r.records(), r.classes(), 100 * r.shareBelowK(),
        r.prosecutorMaxRisk(), r.prosecutorAverageRisk());
    out.println("  class sizes (size=count): " + r.classSizeCounts());
    if (r.levels().values().stream().anyMatch(l -> l > 0) || r.suppressed() > 0) {
      out.printf(java.util.Locale.ROOT, "  levels %s, suppressed %d, information loss %.3f%n", r.levels(), r.suppressed(), r.informationLoss());
    }
  }
}
