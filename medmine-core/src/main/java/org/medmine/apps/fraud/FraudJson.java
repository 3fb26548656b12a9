package org.medmine.apps.fraud;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of one ranked provider and of one ranked claim, as {@link FraudResult#toJson()} lists
 * them.
 */
final class FraudJson {
  private FraudJson() {}

  /**
   * {@code {rank, provider, name, specialty, claims, patients, score, isolationScore, features, z,
   * reasons}}.
   */
  static Map<String, Object> provider(int rank, FraudFinding f) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("rank", rank);
    p.put("provider", f.row().providerId());
    p.put("name", f.row().name());
    p.put("specialty", f.row().specialty());
    p.put("claims", f.row().claims());
    p.put("patients", f.row().patients());
    p.put("score", f.score());
    p.put("isolationScore", f.isolationScore());
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Object> z = new LinkedHashMap<>();
    for (FraudFeature feature : FraudFeature.values()) {
      values.put(feature.key(), f.row().values().get(feature));
      z.put(feature.key(), f.z().get(feature));
    }
    p.put("features", values);
    p.put("z", z);
    List<Map<String, Object>> reasons = new ArrayList<>();
    for (FraudReason reason : f.reasons()) {
      reasons.add(
          Map.of(
              "feature",
              reason.feature().key(),
              "value",
              reason.value(),
              "z",
              reason.z(),
              "text",
              reason.text()));
    }
    p.put("reasons", reasons);
    return p;
  }

  /**
   * {@code {rank, claim, patient, provider, start, total, score, reasons: [{feature, weight,
   * text}]}}.
   */
  static Map<String, Object> claim(int rank, ClaimFinding c) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("rank", rank);
    j.put("claim", c.claimId());
    j.put("patient", c.patientId());
    j.put("provider", c.providerId());
    j.put("start", c.start() == null ? null : c.start().toString());
    j.put("total", c.total());
    j.put("score", c.score());
    List<Map<String, Object>> reasons = new ArrayList<>();
    for (ClaimReason reason : c.reasons()) {
      reasons.add(
          Map.of(
              "feature", reason.feature().key(), "weight", reason.weight(), "text", reason.text()));
    }
    j.put("reasons", reasons);
    return j;
  }
}
