package org.medmine.apps.cds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.medmine.ingest.genomics.PgxProfile;
import org.medmine.ingest.genomics.PgxRecommendations;

/**
 * Pharmacogenomic advice from the warehouse: the patient's stored genotype and phenotype
 * observations ({@code medmine pgx --patient}, or Genomics Reporting observations brought in by
 * FHIR ingest) read as a {@link PgxProfile}, and the shipped CPIC recommendations for the ordered
 * ingredient (docs/pgx.md). Only actionable recommendations (another drug or another dose) become
 * advice: a normal metabolizer's order raises no card (the alert-fatigue policy,
 * docs/cds-hooks.md). A patient with no stored genotype gets no advice, never a guess.
 */
final class WarehousePgxAdvisor implements PgxAdvisor {
  private static final PgxRecommendations CPIC = PgxRecommendations.shipped();
  private static final String SOURCES =
      "SELECT DISTINCT source FROM patient WHERE id = ? ORDER BY source";

  private final Connection connection;
  private final Map<String, PgxProfile> profiles = new HashMap<>();

  /** Advice read through {@code connection} (a context's consent-filtered connection). */
  WarehousePgxAdvisor(Connection connection) {
    this.connection = connection;
  }

  @Override
  public List<PgxAdvisor.PgxRecommendation> advise(String patientId, String ingredient) {
    Optional<String> rxcui = rxcui(ingredient);
    if (patientId == null || rxcui.isEmpty()) {
      return List.of();
    }
    PgxProfile profile = profiles.computeIfAbsent(patientId, this::profile);
    List<PgxAdvisor.PgxRecommendation> advice = new ArrayList<>();
    for (org.medmine.ingest.genomics.PgxRecommendation r : CPIC.forDrug(profile, rxcui.get())) {
      if (r.actionable()) {
        advice.add(
            new PgxAdvisor.PgxRecommendation(
                String.join(" + ", r.genes().keySet()),
                String.join(", ", r.genes().values()),
                r.recommendation(),
                r.classification(),
                true,
                r.guideline().citation() + " " + r.guideline().url()));
      }
    }
    return advice;
  }

  /** The RxCUI of a CPIC drug named {@code ingredient} (RxNorm ingredient names, any case). */
  private static Optional<String> rxcui(String ingredient) {
    String name = ingredient.toLowerCase(Locale.ROOT).strip();
    return CPIC.drugs().entrySet().stream()
        .filter(e -> e.getValue().toLowerCase(Locale.ROOT).equals(name))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** The patient's profile from the first of its sources that holds pharmacogenomic results. */
  private PgxProfile profile(String patientId) {
    try (PreparedStatement s = connection.prepareStatement(SOURCES)) {
      s.setString(1, patientId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          PgxProfile p = PgxProfile.fromWarehouse(connection, r.getString(1), patientId);
          if (!p.genes().isEmpty()) {
            return p;
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the patient's sources failed", e);
    }
    return PgxProfile.of(patientId);
  }
}
