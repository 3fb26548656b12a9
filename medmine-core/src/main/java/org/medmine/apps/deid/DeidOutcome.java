package org.medmine.apps.deid;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.medmine.privacy.DeidManifest;

/** What a de-identification wrote: the source, the new warehouse and the run's manifest. */
public record DeidOutcome(Path source, Path out, DeidManifest manifest) {
  /** {@code out} and the {@code manifest}, as {@code medmine deid --format json} prints them. */
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("out", out.toString());
    json.put("manifest", manifest);
    return json;
  }

  /** Rows per table, what was left out, PHI replaced, ages collapsed, and the next step. */
  public String toText() {
    StringBuilder w = new StringBuilder();
    String nl = System.lineSeparator();
    w.append("De-identified (").append(manifest.policy()).append(") into ").append(out).append(nl);
    manifest
        .rows()
        .forEach((t, n) -> w.append(String.format(Locale.ROOT, "  %-22s %,10d rows%n", t, n)));
    w.append("Left out: ").append(manifest.tablesLeftOut().keySet()).append(nl);
    w.append("PHI replaced in free text: ")
        .append(manifest.phiReplaced().isEmpty() ? "none" : manifest.phiReplaced())
        .append(nl);
    w.append("Ages over 89 collapsed: ")
        .append(manifest.agesCollapsed())
        .append("; ZIP codes in restricted 3-digit areas: ")
        .append(manifest.restrictedZips())
        .append(nl);
    w.append("Next: medmine deid verify --warehouse ")
        .append(out)
        .append(" --against ")
        .append(source)
        .append(nl);
    return w.toString();
  }

  /**
   * A Safe Harbor copy as an HTML fragment for a report (the demo's), with the leak scan of the
   * copy: what the policy does, the scan's verdict, and the PHI replaced in free text by type.
   */
  public String html(LeakScanOutcome scan) {
    StringBuilder h = new StringBuilder();
    h.append(
            "<p>Safe Harbor copy (HIPAA §164.514(b)(2)): ids pseudonymized with HMAC-SHA256, dates to the year,"
                + " ZIP3 (000 in restricted areas), ages over 89 to 90, notes scrubbed. Leak scan against the source: <b>")
        .append(scan.clean() ? "no identifier found" : scan.leaks().size() + " identifiers found")
        .append("</b>.</p>");
    h.append("<table><tr><th>PHI type</th><th>replaced in free text</th></tr>");
    manifest
        .phiReplaced()
        .forEach(
            (t, n) ->
                h.append("<tr><td>").append(t).append("</td><td>").append(n).append("</td></tr>"));
    return h.append("</table>").toString();
  }
}
