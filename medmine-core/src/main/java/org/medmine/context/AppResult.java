package org.medmine.context;

import java.util.List;
import org.medmine.model.MedmineVersion;
import org.medmine.report.HtmlReport;
import org.medmine.report.ReportOptions;
import org.medmine.report.ReportSection;

/**
 * What an {@link App} returns: a record that carries its {@link RunProvenance} and renders itself
 * for people ({@link #toText()}), for scripts ({@link #toJson()}, the stable document of {@code
 * --format json}) and for the HTML report ({@link #toSections()}, and {@link #provenanceHtml()} for
 * the report's provenance section).
 */
public interface AppResult {
  /**
   * Where the result came from: app, options, seed, warehouse, consent exclusions, version, time.
   */
  RunProvenance provenance();

  /** The JSON document (maps, lists, records and scalars that {@link ResultJson} writes). */
  Object toJson();

  /** The result for people: a few lines or tables for the console. */
  String toText();

  /** The result's sections of an HTML report, in page order. */
  List<ReportSection> toSections();

  /**
   * Where the result came from, for the report's provenance section (by default the run's
   * provenance).
   */
  /**
   * A few lines for a console or a dashboard tile (the demo prints them); the whole text unless
   * shorter is given.
   */
  default String summary() {
    return toText();
  }

  default String provenanceHtml() {
    return provenance().toHtml();
  }

  /**
   * A self-contained HTML page of the result's sections, stamped with this medmine's version: what
   * a command's {@code --html} or {@code --report} writes, and the page of a model card.
   */
  default HtmlReport page() {
    return HtmlReport.empty(ReportOptions.defaults(MedmineVersion.get())).with(toSections());
  }
}
