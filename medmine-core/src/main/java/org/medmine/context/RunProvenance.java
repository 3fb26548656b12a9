package org.medmine.context;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where an app's result came from (shared/STYLE.md, "Provenance on every result"): the app, its options and
 * seed, the warehouse and its fingerprint (a digest of what it held when the app ran, see {@link
 * AnalysisContext#fingerprint()}), the patients consent excluded, the role it ran in, medmine's version and the
 * time it ran (ISO-8601, UTC).
 */
public record RunProvenance(
    String app,
    Map<String, Object> options,
    Long seed,
    String warehouse,
    String warehouseFingerprint,
    int excludedByConsent,
    String role,
    String medmineVersion,
    String ranAt) {

  public RunProvenance {
    Objects.requireNonNull(app, "app");
    options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
  }
}
