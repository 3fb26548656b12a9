package org.medmine.apps.risk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.privacy.RiskReport;
import org.medmine.report.Html;
import org.medmine.report.ReportSection;

/**
 * What {@link RiskApp} found: the risk as recorded, the risk after generalization (null when not
 * asked for), and the run's provenance.
 */
public record RiskResult(RiskReport asRecorded, RiskReport generalized, RunProvenance provenance)
    implements AppResult {
  /**
   * {@code as_recorded} and {@code generalized} (null when not asked for), with the provenance as
   * {@code run}.
   */
  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("as_recorded", asRecorded);
    json.put("generalized", generalized);
    json.put("run", provenance);
    return json;
  }

  @Override
  public String toText() {
    return text("As recorded", asRecorded)
        + (generalized == null ? "" : text("Generalized", generalized));
  }

  /** One line for the demo: the share below k as recorded and after generalization. */
  public String summary() {
    RiskReport after = generalized == null ? asRecorded : generalized;
    return String.format(
        Locale.ROOT,
        "Re-identification risk (k=%d): %.1f%% of patients in classes below k as"
            + " recorded; generalized %s with %d suppressed: %.1f%% (information loss %.3f)%n",
        asRecorded.k(),
        100 * asRecorded.shareBelowK(),
        after.levels(),
        after.suppressed(),
        100 * after.shareBelowK(),
        after.informationLoss());
  }

  @Override
  public List<ReportSection> toSections() {
    return List.of(ReportSection.of("re-identification-risk", "Re-identification risk", html()));
  }

  /** The risk as an HTML fragment: the quasi-identifiers and k, and a row per assessment. */
  public String html() {
    StringBuilder h = new StringBuilder();
    h.append("<p>Re-identification risk on ")
        .append(Html.escape(String.join(", ", asRecorded.quasiIdentifiers())))
        .append(" (k = ")
        .append(asRecorded.k())
        .append(
            ")</p><table><tr><th></th><th>classes</th>"
                + "<th>share below k</th><th>prosecutor max</th><th>suppressed</th><th>information loss</th></tr>");
    Map<String, RiskReport> rows = new LinkedHashMap<>();
    rows.put("as recorded", asRecorded);
    if (generalized != null) {
      rows.put("generalized " + generalized.levels(), generalized);
    }
    for (Map.Entry<String, RiskReport> e : rows.entrySet()) {
      RiskReport r = e.getValue();
      h.append(
          String.format(
              Locale.ROOT,
              "<tr><td>%s</td><td>%d</td><td>%.1f%%</td><td>%.3f</td><td>%d</td>"
                  + "<td>%.3f</td></tr>",
              Html.escape(e.getKey()),
              r.classes(),
              100 * r.shareBelowK(),
              r.prosecutorMaxRisk(),
              r.suppressed(),
              r.informationLoss()));
    }
    return h.append("</table>").toString();
  }

  private static String text(String title, RiskReport r) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%s (%s, k=%d): %d records in %d classes; %.1f%% in classes below k;"
                + " prosecutor risk max %.3f, average %.3f%n",
            title,
            String.join(",", r.quasiIdentifiers()),
            r.k(),
            r.records(),
            r.classes(),
            100 * r.shareBelowK(),
            r.prosecutorMaxRisk(),
            r.prosecutorAverageRisk()));
    out.append("  class sizes (size=count): ")
        .append(r.classSizeCounts())
        .append(System.lineSeparator());
    if (r.levels().values().stream().anyMatch(l -> l > 0) || r.suppressed() > 0) {
      out.append(
          String.format(
              Locale.ROOT,
              "  levels %s, suppressed %d, information loss %.3f%n",
              r.levels(),
              r.suppressed(),
              r.informationLoss()));
    }
    return out.toString();
  }
}
