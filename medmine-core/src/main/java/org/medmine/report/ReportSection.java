package org.medmine.report;

/**
 * One section of an {@link HtmlReport}: an anchor id, a title for the heading and the table of
 * contents, and an HTML body. Later analyses add their findings to a report by implementing this
 * (or with {@link #of}).
 */
public interface ReportSection {
  /** The anchor id: lower case letters, digits and dashes, unique within a report. */
  String id();

  /** The heading, as plain text (the report escapes it). */
  String title();

  /**
   * The body, as HTML; whoever builds it escapes what it did not write itself ({@link
   * Html#escape}).
   */
  String html();

  /** A section from its parts. */
  static ReportSection of(String id, String title, String html) {
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(
          "a section id is lower case letters, digits and dashes, not '" + id + "'");
    }
    record Simple(String id, String title, String html) implements ReportSection {}
    return new Simple(id, title, html);
  }
}
