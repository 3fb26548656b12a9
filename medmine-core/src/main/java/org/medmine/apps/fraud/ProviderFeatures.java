package org.medmine.apps.fraud;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medmine.warehouse.WarehouseException;

/**
 * The fraud screen's features, one row per billing provider, computed in SQL over {@code claim}
 * (claims proper), {@code claim_line}, {@code encounter} and {@code patient}. The billing provider
 * is the claim's provider or else its encounter's practitioner. Per claim, flags are computed first
 * (no encounter, a visit code other than the encounter's, part of a split or duplicate group,
 * sex-impossible, or post-mortem other than a death certification (SNOMED 308646001, which Synthea
 * rightly bills after death)); a provider's features are then shares and rates over its medical
 * claims. Pharmacy claims (dispenses, which legitimately repeat the same drug on one day, and carry
 * no visit) are left out; a provider that bills only dispenses is not screened. Services per claim
 * are case-mix adjusted: a claim's item count over the mean item count of claims for the same visit
 * type at the other providers (so a provider that bills most of a visit type is not compared mostly
 * with itself). Weekend/night billing is the provider's share of claims dated on a weekend or at
 * night (22:00–06:00) beyond what its clinical record shows: minus the share of those claims whose
 * recorded encounter started on a weekend or at night (the population's share for a claim without
 * an encounter). The raw share says little on its own: when a patient is seen depends on the
 * patient (in Synthea, each patient's visits share a weekday and time of day, so raw provider
 * shares spread from 0 to 100%).
 */
public final class ProviderFeatures {
  private ProviderFeatures() {}

  /**
   * One provider's features.
   *
   * @param providerId the billing provider's id
   * @param name a display name (the provider's name when the warehouse has it, else the id)
   * @param specialty the provider's specialty, the peer group ("unknown" when not known)
   * @param claims claims billed
   * @param patients distinct patients billed for
   * @param values raw feature values (shares as fractions)
   */
  public record Row(
      String providerId,
      String name,
      String specialty,
      long claims,
      long patients,
      Map<FraudFeature, Double> values) {}

  /** The per-claim flags: the building block of the provider features. */
  static final String CLAIM_FLAGS =
      """
      WITH visit_codes AS (SELECT DISTINCT code FROM encounter WHERE code IS NOT NULL),
      c AS (
        SELECT c.source, c.id, c.patient_id, c.encounter_id, COALESCE(c.type_code, '') AS type_code,
               COALESCE(c.provider_id, e.provider_id) AS provider, c.start_time,
               CAST(COALESCE(c.total, 0) AS DOUBLE) AS total, e.id IS NULL AS no_encounter, e.code AS visit_code,
               e.start_time AS encounter_time,
               p.sex, p.death_time
        FROM claim c
        LEFT JOIN encounter e ON e.source = c.source AND e.id = c.encounter_id
        LEFT JOIN patient p ON p.source = c.source AND p.id = c.patient_id
        WHERE c.kind = 'claim'),
      per_claim AS (
        SELECT c.source, c.id, c.patient_id, c.encounter_id, c.type_code, c.provider, c.start_time, c.total,
               c.no_encounter, c.visit_code, c.encounter_time, count(l.code) AS lines,
               COALESCE(mm_join_sorted(l.code), '') AS codeset,
               COALESCE(bool_or(c.visit_code IS NOT NULL AND l.code <> c.visit_code
                   AND l.code IN (SELECT code FROM visit_codes)), false) AS upcoded,
               COALESCE(bool_or((c.sex = 'male' AND %s) OR (c.sex = 'female' AND %s)), false)
                 OR (c.death_time IS NOT NULL AND c.start_time > c.death_time + INTERVAL 1 DAY
                     AND NOT COALESCE(bool_or(l.code = '308646001'), false)) AS impossible
        FROM c LEFT JOIN claim_line l ON l.source = c.source AND l.claim_id = c.id AND l.line_kind = 'item'
        GROUP BY c.source, c.id, c.patient_id, c.encounter_id, c.type_code, c.provider, c.start_time, c.total,
                 c.no_encounter, c.visit_code, c.encounter_time, c.sex, c.death_time),
      splits AS (
        SELECT source, provider, encounter_id, count(DISTINCT codeset) AS codesets
        FROM per_claim WHERE encounter_id IS NOT NULL AND type_code <> 'pharmacy'
        GROUP BY source, provider, encounter_id),
      expected AS (
        SELECT visit_code, sum(lines) AS lines, count(*) AS n FROM per_claim
        WHERE type_code <> 'pharmacy' AND visit_code IS NOT NULL GROUP BY visit_code),
      own AS (
        SELECT source, provider, visit_code, sum(lines) AS lines, count(*) AS n FROM per_claim
        WHERE type_code <> 'pharmacy' AND visit_code IS NOT NULL GROUP BY source, provider, visit_code),
      flagged AS (
        SELECT pc.*, pc.type_code <> 'pharmacy' AS medical,
               COALESCE(s.codesets, 0) > 1 AND pc.type_code <> 'pharmacy' AS split,
               pc.type_code <> 'pharmacy' AND count(*) OVER (PARTITION BY pc.source, pc.provider, pc.patient_id,
                 CAST(pc.start_time AS DATE), pc.type_code, pc.codeset) > 1 AS duplicate,
               mm_iso_day_of_week(pc.start_time) >= 6 OR hour(pc.start_time) >= 22 OR hour(pc.start_time) < 6 AS off_hours,
               mm_iso_day_of_week(pc.encounter_time) >= 6 OR hour(pc.encounter_time) >= 22 OR hour(pc.encounter_time) < 6
                 AS encounter_off_hours,
               pc.lines / NULLIF(CASE WHEN x.n > o.n THEN (x.lines - o.lines) / (x.n - o.n) ELSE x.lines / x.n END, 0)
                 AS service_ratio
        FROM per_claim pc
        LEFT JOIN splits s ON s.source = pc.source AND s.provider = pc.provider AND s.encounter_id = pc.encounter_id
        LEFT JOIN expected x ON x.visit_code = pc.visit_code
        LEFT JOIN own o ON o.source = pc.source AND o.provider IS NOT DISTINCT FROM pc.provider AND o.visit_code = pc.visit_code)
      """
          .formatted(
              SexSpecificCodes.FEMALE_ONLY.sql("l.code", null),
              SexSpecificCodes.MALE_ONLY.sql("l.code", null));

  private static final String PROVIDERS =
      CLAIM_FLAGS
          + """
      , agg AS (
        SELECT source, provider, count(*) FILTER (WHERE medical) AS claims,
               count(DISTINCT patient_id) FILTER (WHERE medical) AS patients,
               avg(service_ratio) FILTER (WHERE medical) AS service_ratio,
               avg(total) FILTER (WHERE medical) AS cost,
               avg(CAST(off_hours AS INT)) FILTER (WHERE medical) AS off_hours,
               avg(COALESCE(CAST(encounter_off_hours AS DOUBLE), (SELECT avg(CAST(off_hours AS INT)) FROM flagged WHERE medical)))
                 FILTER (WHERE medical) AS off_hours_expected,
               avg(CAST(no_encounter AS INT)) FILTER (WHERE medical) AS no_encounter,
               avg(CAST(upcoded AS INT)) FILTER (WHERE medical) AS upcoded,
               avg(CAST(split AS INT)) FILTER (WHERE medical) AS split,
               avg(CAST(duplicate AS INT)) FILTER (WHERE medical) AS duplicate,
               avg(CAST(impossible AS INT)) FILTER (WHERE medical) AS impossible
        FROM flagged WHERE provider IS NOT NULL GROUP BY source, provider HAVING count(*) FILTER (WHERE medical) >= ?)
      SELECT a.*, COALESCE(NULLIF(trim(COALESCE(pr.given_name, '') || ' ' || COALESCE(pr.family_name, '')), ''), a.provider) AS name,
             COALESCE(pr.specialty_display, pr.specialty_code, 'unknown') AS specialty
      FROM agg a LEFT JOIN provider pr ON pr.source = a.source AND pr.id = a.provider
      ORDER BY a.source, a.provider
      """;

  private static final String MIX =
      CLAIM_FLAGS
          + """
      SELECT f.source, f.provider, l.code, count(*) AS n
      FROM flagged f JOIN claim_line l ON l.source = f.source AND l.claim_id = f.id AND l.line_kind = 'item'
      WHERE f.medical AND f.provider IS NOT NULL AND l.code IS NOT NULL GROUP BY f.source, f.provider, l.code
      """;

  /** The features of every provider with at least {@code minClaims} claims, in a stable order. */
  public static List<Row> read(Connection warehouse, int minClaims) {
    Map<String, Map<String, Long>> mix = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    try {
      try (Statement st = warehouse.createStatement();
          ResultSet rs = st.executeQuery(MIX)) {
        while (rs.next()) {
          mix.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), k -> new HashMap<>())
              .put(rs.getString(3), rs.getLong(4));
        }
      }
      try (PreparedStatement ps = warehouse.prepareStatement(PROVIDERS)) {
        ps.setInt(1, minClaims);
        try (ResultSet rs = ps.executeQuery()) {
          Map<String, Long> all = new HashMap<>();
          mix.values().forEach(m -> m.forEach((code, n) -> all.merge(code, n, Long::sum)));
          while (rs.next()) {
            String key = rs.getString("source") + "/" + rs.getString("provider");
            long claims = rs.getLong("claims");
            long patients = rs.getLong("patients");
            Map<FraudFeature, Double> v = new EnumMap<>(FraudFeature.class);
            v.put(FraudFeature.CLAIMS_PER_PATIENT, (double) claims / Math.max(1, patients));
            v.put(FraudFeature.SERVICES_PER_CLAIM, rs.getDouble("service_ratio"));
            v.put(FraudFeature.COST_PER_CLAIM, rs.getDouble("cost"));
            v.put(FraudFeature.MIX_DIVERGENCE, jensenShannon(mix.getOrDefault(key, Map.of()), all));
            v.put(
                FraudFeature.OFF_HOURS,
                rs.getDouble("off_hours") - rs.getDouble("off_hours_expected"));
            v.put(FraudFeature.NO_ENCOUNTER, rs.getDouble("no_encounter"));
            v.put(FraudFeature.VISIT_UPCODED, rs.getDouble("upcoded"));
            v.put(FraudFeature.SPLIT_CLAIMS, rs.getDouble("split"));
            v.put(FraudFeature.DUPLICATES, rs.getDouble("duplicate"));
            v.put(FraudFeature.IMPOSSIBLE, rs.getDouble("impossible"));
            rows.add(
                new Row(
                    rs.getString("provider"),
                    rs.getString("name"),
                    rs.getString("specialty"),
                    claims,
                    patients,
                    v));
          }
        }
      }
    } catch (SQLException e) {
      throw new WarehouseException(
          "could not compute the provider features for the fraud screen", e);
    }
    return rows;
  }

  /**
   * The Jensen-Shannon divergence (bits, in [0, 1]) between a provider's code distribution and
   * everyone else's (the whole population minus the provider, so a large provider is not compared
   * mostly with itself).
   */
  static double jensenShannon(Map<String, Long> own, Map<String, Long> all) {
    double ownTotal = own.values().stream().mapToLong(Long::longValue).sum();
    double restTotal = all.values().stream().mapToLong(Long::longValue).sum() - ownTotal;
    if (ownTotal == 0 || restTotal <= 0) {
      return 0;
    }
    double js = 0;
    for (Map.Entry<String, Long> e : all.entrySet()) {
      double p = own.getOrDefault(e.getKey(), 0L) / ownTotal;
      double q = (e.getValue() - own.getOrDefault(e.getKey(), 0L)) / restTotal;
      double m = (p + q) / 2;
      if (p > 0) {
        js += 0.5 * p * Math.log(p / m);
      }
      if (q > 0) {
        js += 0.5 * q * Math.log(q / m);
      }
    }
    return js / Math.log(2);
  }
}
