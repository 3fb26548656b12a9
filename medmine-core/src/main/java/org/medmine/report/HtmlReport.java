package org.medmine.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.medmine.model.MedmineUserException;

/**
 * A self-contained HTML report: a title, a table of contents, sections, and a provenance section
 * last (what the numbers came from). One file, with its CSS, SVG charts and script inline: it opens
 * with no network. Immutable; {@link #with} returns a new report with one more section:
 *
 * <pre>{@code
 * HtmlReport.empty(ReportOptions.defaults(version)).with(result.toSections()).withProvenance(result.provenanceHtml())
 *     .write(Path.of("report.html"));
 * }</pre>
 */
public final class HtmlReport {
  private final ReportOptions options;
  private final List<ReportSection> sections;
  private final List<String> provenance;

  private HtmlReport(ReportOptions options, List<ReportSection> sections, List<String> provenance) {
    this.options = options;
    this.sections = List.copyOf(sections);
    this.provenance = List.copyOf(provenance);
    Set<String> ids = new HashSet<>();
    for (ReportSection s : all()) {
      if (!ids.add(s.id())) {
        throw new IllegalArgumentException("two sections have the id '" + s.id() + "'");
      }
    }
  }

  /**
   * An empty report: sections come with {@link #with}; its provenance section, always last, names
   * the medmine version and the time written, and holds what {@link #withProvenance} adds.
   */
  public static HtmlReport empty(ReportOptions options) {
    return new HtmlReport(options, List.of(), List.of());
  }

  /** This report with {@code section} added after the others (the provenance stays last). */
  public HtmlReport with(ReportSection section) {
    return with(List.of(section));
  }

  /** This report with {@code more} sections added after the others, in order. */
  public HtmlReport with(List<ReportSection> more) {
    List<ReportSection> all = new ArrayList<>(sections);
    all.addAll(more);
    return new HtmlReport(options, all, provenance);
  }

  /**
   * This report with {@code html} (where some of its numbers came from) added to its provenance
   * section.
   */
  public HtmlReport withProvenance(String html) {
    List<String> more = new ArrayList<>(provenance);
    more.add(html);
    return new HtmlReport(options, sections, more);
  }

  /** The sections in page order, provenance last. */
  public List<ReportSection> sections() {
    return all();
  }

  private List<ReportSection> all() {
    List<ReportSection> all = new ArrayList<>(sections);
    all.add(provenanceSection());
    return all;
  }

  private ReportSection provenanceSection() {
    List<List<?>> facts = new ArrayList<>();
    facts.add(List.of("medmine version", options.medmineVersion()));
    if (options.generatedAt() != null) {
      facts.add(List.of("generated at (UTC)", options.generatedAt().toString()));
    }
    StringBuilder sb = new StringBuilder(Html.table(List.of("", ""), facts));
    provenance.forEach(sb::append);
    return ReportSection.of("provenance", "Provenance", sb.toString());
  }

  /** The whole page. */
  public String render() {
    StringBuilder sb = new StringBuilder(64 * 1024);
    String title = Html.escape(options.title());
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(title)
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n")
        .append("<header><h1>")
        .append(title)
        .append("</h1>\n");
    if (options.generatedAt() != null) {
      sb.append("<p class=\"stamp\">Generated ")
          .append(Html.escape(options.generatedAt().toString()))
          .append(" by medmine ")
          .append(Html.escape(options.medmineVersion()))
          .append("</p>\n");
    }
    sb.append("<nav><ol>\n");
    for (ReportSection s : all()) {
      sb.append("<li><a href=\"#")
          .append(Html.escape(s.id()))
          .append("\">")
          .append(Html.escape(s.title()))
          .append("</a></li>\n");
    }
    sb.append("</ol></nav>\n</header>\n<main>\n");
    for (ReportSection s : all()) {
      sb.append("<section id=\"")
          .append(Html.escape(s.id()))
          .append("\">\n<h2>")
          .append(Html.escape(s.title()))
          .append("</h2>\n")
          .append(s.html())
          .append("</section>\n");
    }
    return sb.append("</main>\n<script>\n")
        .append(SCRIPT)
        .append("</script>\n</body>\n</html>\n")
        .toString();
  }

  /** Writes the page to {@code out} (whole or not at all) and returns {@code out}. */
  public Path write(Path out) {
    try {
      Path parent = out.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path tmp =
          parent.resolve("." + out.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
      try {
        Files.writeString(tmp, render(), StandardCharsets.UTF_8);
        try {
          Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
      return out;
    } catch (IOException e) {
      throw new MedmineUserException(
          "Cannot write the report to "
              + out
              + " ("
              + e.getMessage()
              + "): choose a writable path.",
          e);
    }
  }

  /**
   * The page's style. Table cells with long identifiers (paths, URIs, run ids: {@link Html#table})
   * may break them anywhere so that a table fits its card; numbers never break; rules in {@code
   * pre} wrap; anything still wider scrolls inside its card.
   */
  private static final String CSS =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#fafafa}
      header{background:#1f3b57;color:#fff;padding:16px 32px}
      header h1{margin:0 0 4px;font-size:24px}
      .stamp{margin:0 0 8px;opacity:.8;font-size:13px}
      nav ol{margin:0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:4px 16px}
      nav a{color:#cfe3f7;text-decoration:none;font-size:14px}
      main{max-width:1000px;margin:0 auto;padding:8px 32px 48px}
      section{background:#fff;border:1px solid #e2e2e2;border-radius:6px;padding:8px 20px 16px;margin:20px 0;overflow-x:auto}
      h2{font-size:19px;border-bottom:1px solid #eee;padding-bottom:6px}
      table{border-collapse:collapse;margin:8px 0 16px;font-size:13px}
      th,td{padding:4px 10px;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
      td.wrap{overflow-wrap:anywhere}
      th{background:#f3f5f7}
      td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;overflow-wrap:normal}
      pre{white-space:pre-wrap;overflow-wrap:anywhere;font-size:12px}
      svg.chart{max-width:100%;height:auto;display:block;margin:8px 0;font-family:inherit}
      svg.chart .mark:hover{opacity:.75}
      p.note{color:#555;font-size:13px}
      """;

  /**
   * Records in the page how many chart marks the browser actually laid out (non-empty bounding
   * boxes), so a headless browser can check that the charts rendered; the charts themselves need no
   * script.
   */
  private static final String SCRIPT =
      """
      (function () {
        var charts = document.querySelectorAll('svg.chart');
        charts.forEach(function (svg) {
          var drawn = 0;
          svg.querySelectorAll('.mark').forEach(function (m) {
            var b = m.getBBox();
            if (b.width > 0 && b.height > 0) { drawn++; }
          });
          svg.setAttribute('data-marks-drawn', String(drawn));
        });
        document.body.setAttribute('data-charts-checked', String(charts.length));
      })();
      """;
}
