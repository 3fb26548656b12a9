package org.medmine.apps.fraud;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.medmine.warehouse.Warehouse;

/**
 * Plants known fraud schemes into a Synthea-built warehouse: a seed-chosen minority of providers
 * (those with enough claims), {@code perScheme} per scheme, each gets one scheme applied to a
 * seed-chosen share of its claims. The planted truth is returned, so a test can score the screen's
 * ranking against it.
 */
final class FraudInjector {
  /** The schemes, each with the feature whose reason must name it. */
  enum Scheme {
    PHANTOM_BILLING(FraudFeature.NO_ENCOUNTER),
    UPCODING(FraudFeature.VISIT_UPCODED),
    UNBUNDLING(FraudFeature.SPLIT_CLAIMS),
    DUPLICATE_BILLING(FraudFeature.DUPLICATES),
    IMPOSSIBLE_SERVICES(FraudFeature.IMPOSSIBLE),
    EXCESSIVE_SERVICES(FraudFeature.SERVICES_PER_CLAIM),
    OFF_HOURS_BILLING(FraudFeature.OFF_HOURS);

    final FraudFeature reason;

    Scheme(FraudFeature reason) {
      this.reason = reason;
    }
  }

  private static final String PROVIDER_OF_CLAIM =
      "SELECT c.id FROM claim c LEFT JOIN encounter e ON e.source = c.source AND e.id = c.encounter_id"
          + " WHERE c.kind = 'claim' AND COALESCE(c.type_code, '') <> 'pharmacy' AND COALESCE(c.provider_id, e.provider_id) = ?"
          + " ORDER BY c.id";

  /**
   * What was planted.
   *
   * @param providers planted provider → its scheme
   * @param claims planted claim → its scheme (for duplicates, the copy; its original is a duplicate
   *     too)
   */
  record Planted(Map<String, Scheme> providers, Map<String, Scheme> claims) {}

  private static final String BUSINESS_HOURS_CLAIMS =
      PROVIDER_OF_CLAIM.replace(
          " ORDER BY",
          " AND dayofweek(c.start_time) BETWEEN 1 AND 5 AND hour(c.start_time) BETWEEN 6 AND 21 ORDER BY");

  private final Connection db;
  private final Random rnd;
  private final Map<String, Scheme> plantedClaims = new LinkedHashMap<>();
  private int serial;

  private FraudInjector(Warehouse w, long seed) {
    this.db = w.connection();
    this.rnd = new Random(seed);
  }

  /**
   * Plants every scheme at {@code perScheme} providers with at least {@code minClaims} non-pharmacy
   * claims, on {@code share} of those claims (twice that for excessive services and off-hours
   * billing: Synthea dates half of all claims on weekends or at night, so a weaker plant would be
   * noise).
   */
  static Planted plant(Warehouse w, long seed, int perScheme, int minClaims, double share)
      throws SQLException {
    FraudInjector inj = new FraudInjector(w, seed);
    List<String> eligible =
        inj.strings(
            "SELECT COALESCE(c.provider_id, e.provider_id) AS p FROM claim c LEFT JOIN encounter e ON e.source = c.source"
                + " AND e.id = c.encounter_id WHERE c.kind = 'claim' AND COALESCE(c.type_code, '') <> 'pharmacy'"
                + " AND COALESCE(c.provider_id, e.provider_id) IS NOT NULL"
                + " GROUP BY p HAVING count(*) >= ? ORDER BY p",
            minClaims);
    Collections.shuffle(eligible, inj.rnd);
    Map<String, Scheme> planted = new LinkedHashMap<>();
    int next = 0;
    for (Scheme s : Scheme.values()) {
      for (int k = 0; k < perScheme; k++) {
        String provider = eligible.get(next++);
        // Off-hours billing re-dates business-hours services: a provider must have enough of them.
        List<String> claims =
            inj.strings(
                s == Scheme.OFF_HOURS_BILLING ? BUSINESS_HOURS_CLAIMS : PROVIDER_OF_CLAIM,
                provider);
        if (claims.size() < minClaims) {
          k--;
          continue;
        }
        planted.put(provider, s);
        Collections.shuffle(claims, inj.rnd);
        int n =
            Math.max(
                5,
                (int)
                    Math.round(
                        claims.size()
                            * (s == Scheme.EXCESSIVE_SERVICES || s == Scheme.OFF_HOURS_BILLING
                                ? 2 * share
                                : share)));
        for (String claim : claims.subList(0, Math.min(n, claims.size()))) {
          inj.apply(s, provider, claim);
        }
      }
    }
    return new Planted(planted, inj.plantedClaims);
  }

  private void apply(Scheme s, String provider, String claim) throws SQLException {
    switch (s) {
      case PHANTOM_BILLING -> {
        // A claim for a service no encounter records, some days after a real one, on a day the
        // patient has no
        // other claim (else it could repeat a real claim, and be a duplicate as well).
        int days = 3 + rnd.nextInt(40);
        while (!strings(
                "SELECT o.id FROM claim c JOIN claim o ON o.source = c.source AND o.patient_id = c.patient_id"
                    + " AND CAST(o.start_time AS DATE) = CAST(c.start_time + to_days(?) AS DATE) WHERE c.id = ? LIMIT 1",
                days,
                claim)
            .isEmpty()) {
          days++;
        }
        String id = claim + "-phantom" + serial++;
        plantedClaims.put(id, s);
        update(
            "INSERT INTO claim SELECT * REPLACE (? AS id, CAST(NULL AS VARCHAR) AS encounter_id, ? AS provider_id,"
                + " start_time + to_days(?) AS start_time, end_time + to_days(?) AS end_time) FROM claim WHERE id = ?",
            id,
            provider,
            days,
            days,
            claim);
        update(
            "INSERT INTO claim_line SELECT * REPLACE (id || ? AS id, ? AS claim_id, CAST(NULL AS VARCHAR) AS encounter_id,"
                + " service_start + to_days(?) AS service_start) FROM claim_line WHERE claim_id = ?",
            "-" + id,
            id,
            days,
            claim);
      }
      case UPCODING -> {
        // The line billing the encounter's own visit type is re-billed as the costliest visit type.
        // Not a death certification: re-billed as a visit after death, it would be an impossible
        // service as well.
        List<String> visit =
            strings(
                "SELECT e.code FROM claim c JOIN encounter e ON e.source = c.source AND e.id = c.encounter_id"
                    + " WHERE c.id = ? AND e.code <> '308646001'",
                claim);
        if (visit.isEmpty()) {
          return;
        }
        List<String> costly =
            strings(
                "SELECT l.code FROM claim_line l WHERE l.line_kind = 'item' AND l.code IN"
                    + " (SELECT code FROM encounter) AND l.code <> ? GROUP BY l.code ORDER BY avg(l.net) DESC, l.code LIMIT 1",
                visit.get(0));
        if (update(
                "UPDATE claim_line SET code = ?, net = net * 3 WHERE claim_id = ? AND line_kind = 'item' AND code = ?",
                costly.get(0),
                claim,
                visit.get(0))
            > 0) {
          plantedClaims.put(claim, s);
        }
        update("UPDATE claim SET total = total * 2 WHERE id = ?", claim);
      }
      case UNBUNDLING -> {
        // Every item but the first goes on a claim of its own, priced higher than within the
        // bundle.
        List<String> lines =
            strings(
                "SELECT id FROM claim_line WHERE claim_id = ? AND line_kind = 'item' ORDER BY sequence, id",
                claim);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
          String id = claim + "-part" + serial++;
          update("INSERT INTO claim SELECT * REPLACE (? AS id) FROM claim WHERE id = ?", id, claim);
          update("UPDATE claim_line SET claim_id = ?, net = net * 1.25 WHERE id = ?", id, line);
          plantedClaims.put(id, s);
          plantedClaims.put(claim, s);
        }
      }
      case DUPLICATE_BILLING -> {
        String id = claim + "-dup" + serial++;
        plantedClaims.put(id, s);
        update("INSERT INTO claim SELECT * REPLACE (? AS id) FROM claim WHERE id = ?", id, claim);
        update(
            "INSERT INTO claim_line SELECT * REPLACE (id || ? AS id, ? AS claim_id) FROM claim_line WHERE claim_id = ?",
            "-" + id,
            id,
            claim);
      }
      case IMPOSSIBLE_SERVICES -> {
        // A prenatal visit billed for a man, a prostatectomy for a woman.
        List<String> sex =
            strings(
                "SELECT p.sex FROM claim c JOIN patient p ON p.source = c.source AND p.id = c.patient_id WHERE c.id = ?",
                claim);
        if (sex.isEmpty() || sex.get(0) == null) {
          return;
        }
        String code = sex.get(0).equals("male") ? "424619006" : "90470006";
        plantedClaims.put(claim, s);
        update(
            "INSERT INTO claim_line SELECT * REPLACE (id || ? AS id, ? AS code, 'planted impossible service' AS code_display,"
                + " 999 AS sequence) FROM claim_line WHERE claim_id = ? AND line_kind = 'item' ORDER BY sequence LIMIT 1",
            "-imp" + serial++,
            code,
            claim);
      }
      case OFF_HOURS_BILLING -> {
        // The claim is re-dated to the Saturday or Sunday night of its week, between 01:00 and
        // 04:00.
        int day = 5 + rnd.nextInt(2);
        int minute = 60 + rnd.nextInt(180);
        update(
            "UPDATE claim SET end_time = end_time - start_time + (date_trunc('week', start_time) + to_days(?) + to_minutes(?)),"
                + " start_time = date_trunc('week', start_time) + to_days(?) + to_minutes(?) WHERE id = ?",
            day,
            minute,
            day,
            minute,
            claim);
        plantedClaims.put(claim, s);
      }
      case EXCESSIVE_SERVICES -> {
        plantedClaims.put(claim, s);
        for (int k = 1; k <= 3; k++) {
          update(
              "INSERT INTO claim_line SELECT * REPLACE (id || ? AS id, sequence + ? AS sequence) FROM claim_line"
                  + " WHERE claim_id = ? AND line_kind = 'item'",
              "-x" + k + "-" + serial++,
              100 * k,
              claim);
        }
      }
    }
  }

  /** Planted providers per scheme. */
  static Map<Scheme, List<String>> byScheme(Map<String, Scheme> planted) {
    Map<Scheme, List<String>> m = new EnumMap<>(Scheme.class);
    planted.forEach((p, s) -> m.computeIfAbsent(s, k -> new ArrayList<>()).add(p));
    return m;
  }

  private List<String> strings(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }

  private int update(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      return ps.executeUpdate();
    }
  }
}
