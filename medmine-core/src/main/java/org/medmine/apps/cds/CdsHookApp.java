package org.medmine.apps.cds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;

/**
 * {@code cds}: answers one CDS Hooks call with the warehouse as the last source of the patient's
 * active medications (after the request's prefetch and its FHIR server; {@link CdsHookService}),
 * read through the context's consent-filtered connection: the {@code medication} requests of the
 * patient (by id, in any source) that are active, or that carry no status and have not stopped.
 */
public final class CdsHookApp implements App<CdsHookOptions, CdsHookResult> {
  private static final String ACTIVE =
      "SELECT id, code_system, code, code_display FROM medication WHERE patient_id = ?"
          + " AND kind = 'request' AND coalesce(status, CASE WHEN stop_time IS NULL THEN 'active'"
          + " END) = 'active' ORDER BY source, id";

  private final CdsHookService service;
  private final boolean genotypes;

  /**
   * The app answering with {@code service} (shared by every call, for its alert ledger), with
   * pharmacogenomic cards from the patient's stored genotypes ({@link WarehousePgxAdvisor}).
   */
  public CdsHookApp(CdsHookService service) {
    this(service, true);
  }

  /**
   * The app answering with {@code service}; pharmacogenomic cards from the patient's stored
   * genotypes only when {@code genotypes}.
   */
  public CdsHookApp(CdsHookService service, boolean genotypes) {
    this.service = service;
    this.genotypes = genotypes;
  }

  @Override
  public String name() {
    return "cds";
  }

  @Override
  public CdsHookResult run(AnalysisContext context, CdsHookOptions options) {
    CdsRequest request = CdsRequest.parse(options.request());
    context.note("hook", request.hook());
    context.note("hookInstance", request.hookInstance());
    CdsResponse response =
        service.call(
            options.serviceId(),
            request,
            patient -> active(context.connection(), patient),
            genotypes ? new WarehousePgxAdvisor(context.connection()) : PgxAdvisor.NONE);
    return new CdsHookResult(
        response, context.provenance(name(), new CdsHookOptions(options.serviceId(), ""), null));
  }

  private List<MedicationOrder> active(Connection c, String patientId) {
    List<MedicationOrder> orders = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(ACTIVE)) {
      s.setString(1, patientId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Set<String> ingredients =
              service.resolver().resolve(r.getString(2), r.getString(3), r.getString(4), null);
          String label = r.getString(4) == null ? r.getString(3) : r.getString(4);
          orders.add(
              new MedicationOrder(
                  "MedicationRequest/" + r.getString(1), String.valueOf(label), ingredients));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the patient's active medications failed", e);
    }
    return orders;
  }
}
