package org.medmine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a rendered report back for tests: its sections, its charts, the marks in each chart. */
public final class ReportPages {
  private static final Pattern SECTION =
      Pattern.compile("<section id=\"([^\"]+)\">(.*?)</section>", Pattern.DOTALL);
  private static final Pattern SVG =
      Pattern.compile("<svg [^>]*class=\"chart ([a-z-]+)\".*?</svg>", Pattern.DOTALL);
  private static final Pattern EXTERNAL =
      Pattern.compile(
          "(?i)(\\bsrc\\s*=|\\bhref\\s*=\\s*\"(?!#)|<link\\b|@import|url\\(|<iframe|<object|<embed)");

  private ReportPages() {}

  /** One chart: its kind (bar-chart, stacked-bar-chart, xy-chart, pyramid-chart) and its markup. */
  public record Chart(String kind, String svg) {
    public int marks() {
      return count(svg, "class=\"mark\"");
    }
  }

  public static List<String> sectionIds(String html) {
    List<String> ids = new ArrayList<>();
    Matcher m = SECTION.matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  public static String section(String html, String id) {
    Matcher m = SECTION.matcher(html);
    while (m.find()) {
      if (m.group(1).equals(id)) {
        return m.group(2);
      }
    }
    throw new AssertionError("no section " + id);
  }

  public static List<Chart> charts(String html) {
    List<Chart> out = new ArrayList<>();
    Matcher m = SVG.matcher(html);
    while (m.find()) {
      out.add(new Chart(m.group(1), m.group()));
    }
    return out;
  }

  /**
   * What in the page would reach outside it (scripts, styles, images, frames, links other than
   * anchors).
   */
  public static List<String> externalReferences(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = EXTERNAL.matcher(html);
    while (m.find()) {
      out.add(html.substring(Math.max(0, m.start() - 40), Math.min(html.length(), m.end() + 40)));
    }
    return out;
  }

  public static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }
}
