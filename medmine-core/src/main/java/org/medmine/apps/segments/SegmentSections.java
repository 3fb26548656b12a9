package org.medmine.apps.segments;

import java.util.Locale;
import org.medmine.report.Html;
import org.medmine.report.ReportSection;

/** The segmentation section: the method and its quality, then one profile card per segment. */
final class SegmentSections {
  private SegmentSections() {}

  static ReportSection of(Segmentation.Result result) {
    StringBuilder sb = new StringBuilder();
    var c = result.clustering();
    sb.append(
        Html.paragraph(
            String.format(
                Locale.ROOT,
                "%,d patients, %d features (%s). Method: %s. %d segments%s; mean silhouette %.3f.",
                result.matrix().patientIds().size(),
                result.matrix().columns().size(),
                String.join(", ", result.matrix().columns()),
                c.method(),
                c.k(),
                c.noise() > 0 ? ", " + c.noise() + " patients in no dense group (noise)" : "",
                c.silhouette())));
    sb.append("<div style=\"display:flex;flex-wrap:wrap;gap:12px\">\n");
    for (SegmentProfile p : result.profiles()) {
      sb.append(card(p));
    }
    sb.append("</div>\n");
    return ReportSection.of("patient-segments", "Patient segments", sb.toString());
  }

  /**
   * One segment's profile card: its size and means, then what sets it apart in demographics and
   * disorders.
   */
  private static String card(SegmentProfile p) {
    StringBuilder sb = new StringBuilder();
    sb.append(
            "<div style=\"border:1px solid #d6dde5;border-radius:6px;padding:8px 14px;min-width:260px;flex:1\">\n<h3>")
        .append(p.segment() < 0 ? "Noise" : "Segment " + (p.segment() + 1))
        .append("</h3>\n")
        .append(
            Html.paragraph(
                String.format(
                    Locale.ROOT,
                    "%d patients; mean age %.0f; %.0f%% female; %.1f encounters and $%,.0f per year.",
                    p.size(),
                    p.meanAge(),
                    p.femaleShare() * 100,
                    p.encountersPerYear(),
                    p.costPerYear())));
    sb.append(distinctiveDemographics(p));
    sb.append(distinctiveDisorders(p));
    sb.append("</div>\n");
    return sb.toString();
  }

  private static String distinctiveDemographics(SegmentProfile p) {
    if (p.distinctiveDemographics().isEmpty()) {
      return Html.paragraph("Sex, race and ethnicity as in the whole population.");
    }
    StringBuilder sb = new StringBuilder("<ul>\n");
    for (SegmentProfile.CategoryShare d : p.distinctiveDemographics()) {
      sb.append("<li>")
          .append(
              Html.escape(
                  String.format(
                      Locale.ROOT,
                      "%s %s: %.0f%% vs %.0f%% overall (×%.1f)",
                      d.feature(),
                      d.category(),
                      d.share() * 100,
                      d.overall() * 100,
                      d.ratio())))
          .append("</li>\n");
    }
    return sb.append("</ul>\n").toString();
  }

  private static String distinctiveDisorders(SegmentProfile p) {
    if (p.distinctive().isEmpty()) {
      return Html.paragraph("No disorder is over-represented.");
    }
    StringBuilder sb = new StringBuilder("<ul>\n");
    for (SegmentProfile.Distinctive d : p.distinctive()) {
      sb.append("<li>")
          .append(
              Html.escape(
                  String.format(
                      Locale.ROOT,
                      "%s: %.0f%% vs %.0f%% overall (×%.1f)",
                      d.display(),
                      d.prevalence() * 100,
                      d.overall() * 100,
                      d.ratio())))
          .append("</li>\n");
    }
    return sb.append("</ul>\n").toString();
  }
}
