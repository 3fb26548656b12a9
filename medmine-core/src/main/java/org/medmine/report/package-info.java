/**
 * Self-contained HTML reports: a {@link org.medmine.report.HtmlReport} is a list of {@link
 * org.medmine.report.ReportSection}s written as one HTML file with inline CSS, server-side SVG
 * charts ({@link org.medmine.report.BarChart}, {@link org.medmine.report.StackedBarChart}, {@link
 * org.medmine.report.XyChart}, {@link org.medmine.report.PyramidChart}) and a few lines of inline
 * JavaScript, so a report opens with no network. Every text that reaches the page goes through
 * {@link org.medmine.report.Html#escape(String)}. Reports read the warehouse only through the
 * statistics and analyses to their left (shared/DESIGN.md), never through their own SQL.
 */
package org.medmine.report;
