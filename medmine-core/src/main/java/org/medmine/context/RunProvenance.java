package org.medmine.context;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.medmine.report.Html;

/**
 * Where an app's result came from (shared/STYLE.md, "Provenance on every result"): the app, its
 * options and seed, the warehouse and its fingerprint (a digest of what it held when the app ran,
 * see {@link AnalysisContext#fingerprint()}), the patients consent excluded, the role it ran in,
 * medmine's version and the time it ran (ISO-8601, UTC).
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

  /** The provenance as a small HTML table, headed by the app's name. */
  public String toHtml() {
    List<List<?>> facts = new ArrayList<>();
    options.forEach((k, v) -> facts.add(Arrays.asList("option " + k, v)));
    if (seed != null) {
      facts.add(List.of("seed", seed));
    }
    facts.add(List.of("warehouse", warehouse));
    facts.add(List.of("warehouse fingerprint (SHA-256)", warehouseFingerprint));
    facts.add(List.of("patients excluded by consent", excludedByConsent));
    facts.add(List.of("role", role));
    facts.add(List.of("ran at (UTC)", ranAt));
    return "<h3>" + Html.escape(app) + "</h3>\n" + Html.table(List.of("", ""), facts);
  }
}
