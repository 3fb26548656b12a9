package org.medmine.apps.fraud;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.medmine.warehouse.WarehouseException;

/**
 * The per-claim list of the fraud screen: every medical claim with at least one reason, ranked. A
 * claim's reasons are the per-claim flags of {@link ProviderFeatures} (impossible service,
 * duplicate, no encounter, upcoded visit, split encounter), its cost and its number of billed
 * services against claims for the same visit type (robust z-scores of their logarithms,
 * median/MAD), and — when its provider's weekend/night billing is itself a reason of the provider
 * screen — being dated on a weekend or at night when its recorded encounter was not. Each reason
 * has a weight; the claim's score is their noisy-OR, {@code 1 − Π(1 − w)}, so rule violations (an
 * impossible or a duplicate claim) come first, and claims of equal score are ordered by their
 * provider's screen score.
 */
public final class ClaimRanking {
  /**
   * Weights of the per-claim rule violations; deviations from peers weigh at most {@link
   * #SOFT_CAP}.
   */
  static final double IMPOSSIBLE = 0.95;

  static final double DUPLICATE = 0.9;
  static final double NO_ENCOUNTER = 0.7;
  static final double UPCODED = 0.6;
  static final double SPLIT = 0.6;
  static final double SOFT_CAP = 0.5;
  static final double OFF_HOURS = 0.3;

  /** Claims of a visit type with fewer claims are not compared on cost or services. */
  static final int MIN_PEER_CLAIMS = 20;

  private static final String PROVIDER_LIST = "/*off-hours providers*/";

  private static final String CLAIMS =
      ProviderFeatures.CLAIM_FLAGS
          + """
      , medical AS (SELECT * FROM flagged WHERE medical AND provider IS NOT NULL),
      peers AS (
        SELECT visit_code, count(*) AS n,
               mm_median(ln(1 + total)) AS cost_median, greatest(1.4826 * mm_mad(ln(1 + total)), 0.05) AS cost_scale,
               mm_median(ln(1 + lines)) AS lines_median, greatest(1.4826 * mm_mad(ln(1 + lines)), 0.05) AS lines_scale
        FROM medical WHERE visit_code IS NOT NULL GROUP BY visit_code),
      scored AS (
        SELECT m.source, m.id, m.patient_id, m.provider, m.start_time, m.total, m.visit_code, m.lines,
               m.no_encounter, m.upcoded, m.split, m.duplicate, m.impossible,
               m.off_hours AND NOT COALESCE(m.encounter_off_hours, false) AS off_hours,
               CASE WHEN p.n >= ? THEN (ln(1 + m.total) - p.cost_median) / p.cost_scale END AS cost_z,
               exp(p.cost_median) - 1 AS typical_cost,
               CASE WHEN p.n >= ? THEN (ln(1 + m.lines) - p.lines_median) / p.lines_scale END AS lines_z,
               exp(p.lines_median) - 1 AS typical_lines
        FROM medical m LEFT JOIN peers p ON p.visit_code = m.visit_code)
      SELECT s.*, COALESCE(NULLIF(trim(COALESCE(pr.given_name, '') || ' ' || COALESCE(pr.family_name, '')), ''),
             s.provider) AS name
      FROM scored s LEFT JOIN provider pr ON pr.source = s.source AND pr.id = s.provider
      WHERE s.no_encounter OR s.upcoded OR s.split OR s.duplicate OR s.impossible OR s.cost_z >= ? OR s.lines_z >= ?
         OR (s.off_hours AND s.provider IN (/*off-hours providers*/))
      """;

  private ClaimRanking() {}

  /**
   * Ranks the claims of {@code warehouse}, given the provider findings of the same screen (for the
   * off-hours reason and the tie-break).
   */
  public static List<ClaimFinding> rank(
      Connection warehouse, FraudScreen.Options options, List<FraudFinding> providers) {
    Map<String, FraudFinding> byProvider = new HashMap<>();
    providers.forEach(f -> byProvider.put(f.row().providerId(), f));
    String offHours =
        providers.stream()
            .filter(f -> f.hasReason(FraudFeature.OFF_HOURS))
            .map(f -> "'" + f.row().providerId().replace("'", "''") + "'")
            .collect(Collectors.joining(", "));
    String sql = CLAIMS.replace(PROVIDER_LIST, offHours.isEmpty() ? "NULL" : offHours);
    List<ClaimFinding> out = new ArrayList<>();
    try (PreparedStatement ps = warehouse.prepareStatement(sql)) {
      ps.setInt(1, MIN_PEER_CLAIMS);
      ps.setInt(2, MIN_PEER_CLAIMS);
      ps.setDouble(3, options.reasonZ());
      ps.setDouble(4, options.reasonZ());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          FraudFinding provider = byProvider.get(rs.getString("provider"));
          List<ClaimReason> reasons = reasons(rs, options.reasonZ(), provider);
          if (reasons.isEmpty()) {
            continue;
          }
          double keep = 1;
          for (ClaimReason r : reasons) {
            keep *= 1 - r.weight();
          }
          Timestamp start = rs.getTimestamp("start_time");
          out.add(
              new ClaimFinding(
                  rs.getString("id"),
                  rs.getString("patient_id"),
                  rs.getString("provider"),
                  rs.getString("name"),
                  start == null ? null : start.toLocalDateTime(),
                  rs.getDouble("total"),
                  1 - keep,
                  provider == null ? 0 : provider.score(),
                  reasons));
        }
      }
    } catch (SQLException e) {
      throw new WarehouseException(
          "could not compute the per-claim reasons of the fraud screen", e);
    }
    out.sort(
        Comparator.comparingDouble(ClaimFinding::score)
            .reversed()
            .thenComparing(Comparator.comparingDouble(ClaimFinding::providerScore).reversed())
            .thenComparing(ClaimFinding::claimId));
    return out;
  }

  private static List<ClaimReason> reasons(ResultSet rs, double reasonZ, FraudFinding provider)
      throws SQLException {
    List<ClaimReason> reasons = flaggedReasons(rs);
    reasons.addAll(peerDeviationReasons(rs, reasonZ));
    if (rs.getBoolean("off_hours")
        && provider != null
        && provider.hasReason(FraudFeature.OFF_HOURS)) {
      reasons.add(offHoursReason(rs, provider));
    }
    reasons.sort(Comparator.comparingDouble(ClaimReason::weight).reversed());
    return reasons;
  }

  /**
   * The reasons a claim's own flags give: impossible, duplicate, without encounter, upcoded, split.
   */
  private static List<ClaimReason> flaggedReasons(ResultSet rs) throws SQLException {
    List<ClaimReason> reasons = new ArrayList<>();
    if (rs.getBoolean("impossible")) {
      reasons.add(
          reason(FraudFeature.IMPOSSIBLE, IMPOSSIBLE, "a sex-impossible or post-mortem service"));
    }
    if (rs.getBoolean("duplicate")) {
      reasons.add(
          reason(
              FraudFeature.DUPLICATES,
              DUPLICATE,
              "identical to another claim (same patient, day, provider and codes)"));
    }
    if (rs.getBoolean("no_encounter")) {
      reasons.add(reason(FraudFeature.NO_ENCOUNTER, NO_ENCOUNTER, "no recorded encounter"));
    }
    if (rs.getBoolean("upcoded")) {
      reasons.add(
          reason(
              FraudFeature.VISIT_UPCODED,
              UPCODED,
              "bills a visit type other than the recorded one ("
                  + rs.getString("visit_code")
                  + ")"));
    }
    if (rs.getBoolean("split")) {
      reasons.add(
          reason(
              FraudFeature.SPLIT_CLAIMS,
              SPLIT,
              "one of several claims with different codes for the same encounter"));
    }
    return reasons;
  }

  /**
   * The reasons a claim's cost or number of services gives, when it is at least {@code reasonZ}
   * above its peers.
   */
  private static List<ClaimReason> peerDeviationReasons(ResultSet rs, double reasonZ)
      throws SQLException {
    List<ClaimReason> reasons = new ArrayList<>();
    double costZ = rs.getDouble("cost_z");
    if (!rs.wasNull() && costZ >= reasonZ) {
      reasons.add(
          reason(
              FraudFeature.COST_PER_CLAIM,
              soft(costZ),
              String.format(
                  Locale.ROOT,
                  "billed %,.2f where claims for the same visit type typically bill %,.2f (robust z %.1f)",
                  rs.getDouble("total"),
                  rs.getDouble("typical_cost"),
                  costZ)));
    }
    double linesZ = rs.getDouble("lines_z");
    if (!rs.wasNull() && linesZ >= reasonZ) {
      reasons.add(
          reason(
              FraudFeature.SERVICES_PER_CLAIM,
              soft(linesZ),
              String.format(
                  Locale.ROOT,
                  "%d billed services where claims for the same visit type typically have %.0f (robust z %.1f)",
                  rs.getLong("lines"),
                  rs.getDouble("typical_lines"),
                  linesZ)));
    }
    return reasons;
  }

  /** An off-hours claim at a provider whose off-hours share stands out from its peers. */
  private static ClaimReason offHoursReason(ResultSet rs, FraudFinding provider)
      throws SQLException {
    LocalDateTime t = rs.getTimestamp("start_time").toLocalDateTime();
    FraudReason share =
        provider.reasons().stream()
            .filter(r -> r.feature() == FraudFeature.OFF_HOURS)
            .findFirst()
            .orElseThrow();
    return reason(
        FraudFeature.OFF_HOURS,
        OFF_HOURS,
        String.format(
            Locale.ROOT,
            "dated %s %02d:%02d, unlike its recorded encounter, at a provider billing %s more claims on weekends or at night than its encounters show (robust z %.1f vs peers)",
            t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ROOT),
            t.getHour(),
            t.getMinute(),
            FraudFeature.OFF_HOURS.format(share.value()),
            share.z()));
  }

  /** A deviation from peers weighs up to {@link #SOFT_CAP}, more the further it is. */
  private static double soft(double z) {
    return SOFT_CAP * (1 - Math.exp(-z / 5));
  }

  private static ClaimReason reason(FraudFeature feature, double weight, String text) {
    return new ClaimReason(feature, weight, text + " — suggests " + feature.scheme());
  }
}
