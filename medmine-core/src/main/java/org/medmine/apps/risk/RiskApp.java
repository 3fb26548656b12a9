package org.medmine.apps.risk;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.privacy.PatientQuasiIdentifiers;
import org.medmine.privacy.ReidentificationRisk;
import org.medmine.privacy.RiskReport;
import org.medmine.warehouse.WarehouseException;

/**
 * {@code risk}: the re-identification risk of the patients the context lets it read, on the chosen
 * quasi-identifiers as recorded, and generalized (year bands, ZIP regions, suppression) until k is
 * reached.
 */
public final class RiskApp implements App<RiskOptions, RiskResult> {
  @Override
  public String name() {
    return "risk";
  }

  @Override
  public RiskResult run(AnalysisContext context, RiskOptions options) {
    List<List<String>> rows;
    try {
      rows = PatientQuasiIdentifiers.read(context.connection(), options.quasiIdentifiers());
    } catch (SQLException e) {
      throw new WarehouseException(
          "could not read the quasi-identifiers of " + context.warehouse(), e);
    }
    Map<String, ReidentificationRisk.Hierarchy> chosen = new LinkedHashMap<>();
    options
        .quasiIdentifiers()
        .forEach(q -> chosen.put(q, PatientQuasiIdentifiers.AVAILABLE.get(q)));
    ReidentificationRisk risk = new ReidentificationRisk(chosen);
    RiskReport before = risk.assess(rows, options.k());
    RiskReport after =
        options.generalize() ? risk.generalize(rows, options.k(), options.maxSuppression()) : null;
    return new RiskResult(before, after, context.provenance(name(), options, null));
  }
}
