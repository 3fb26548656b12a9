package org.medmine.apps.ask;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.report.Html;
import org.medmine.report.ReportSection;
import org.medmine.report.TextTable;

/**
 * What {@link AskApp} answered: the question, the reference date, and either the interpretation
 * (concepts and codes, filters, window, grouping), the SQL run and its rows (small rows suppressed
 * for the analyst role), or a clarification with the candidate interpretations.
 *
 * @param question the question as asked
 * @param referenceDate the date relative windows and ages count from
 * @param interpretation how the question was understood, or null when it was not
 * @param sql the statement run, or null
 * @param columns the answer's column labels
 * @param rows the answer's rows
 * @param suppression whether small cells were suppressed (the analyst role)
 * @param suppressedRows how many rows show no numbers
 * @param clarification the clarification, or null when answered
 * @param provenance where the result came from
 */
public record AskResult(
    String question,
    LocalDate referenceDate,
    Map<String, Object> interpretation,
    String sql,
    List<String> columns,
    List<List<Object>> rows,
    boolean suppression,
    int suppressedRows,
    Clarification clarification,
    RunProvenance provenance)
    implements AppResult {

  /** A result that asks the user to clarify. */
  static AskResult clarified(
      String question, LocalDate reference, Clarification c, RunProvenance provenance) {
    return new AskResult(
        question, reference, null, null, List.of(), List.of(), false, 0, c, provenance);
  }

  /** Whether the question was answered (else it was met with a clarification). */
  public boolean answered() {
    return clarification == null;
  }

  @Override
  public Object toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("question", question);
    doc.put("status", answered() ? "answered" : "clarification");
    doc.put("referenceDate", referenceDate.toString());
    if (answered()) {
      doc.put("interpretation", interpretation);
      doc.put("sql", sql);
      doc.put("columns", columns);
      doc.put("rows", rows);
      doc.put("smallCellSuppression", suppression);
      doc.put("suppressedRows", suppressedRows);
    } else {
      doc.put(
          "clarification",
          Map.of("reason", clarification.reason(), "candidates", clarification.candidates()));
    }
    doc.put("run", provenance);
    return doc;
  }

  @Override
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append("Question: ").append(question).append('\n');
    if (!answered()) {
      out.append("Not answered: ").append(clarification.reason()).append('\n');
      if (!clarification.candidates().isEmpty()) {
        out.append("Did you mean:\n");
        clarification.candidates().forEach(c -> out.append("  - ").append(c).append('\n'));
      }
      return out.toString();
    }
    out.append("Understood as:\n");
    interpretation.forEach(
        (k, v) -> out.append("  ").append(k).append(": ").append(v).append('\n'));
    out.append("SQL: ").append(sql).append('\n');
    TextTable table = new TextTable(columns.toArray(new String[0]));
    rows.forEach(r -> table.row(r.toArray()));
    out.append(table.render(2));
    if (suppressedRows > 0) {
      out.append(suppressedRows)
          .append(" row(s) had fewer than ")
          .append(SmallCells.THRESHOLD)
          .append(" patients or events: their numbers are suppressed.\n");
    }
    return out.toString();
  }

  @Override
  public List<ReportSection> toSections() {
    StringBuilder html = new StringBuilder("<p>").append(Html.escape(question)).append("</p>");
    if (!answered()) {
      html.append("<p>").append(Html.escape(clarification.reason())).append("</p>");
    } else {
      html.append("<pre>").append(Html.escape(sql)).append("</pre>");
      List<List<?>> body = new ArrayList<>(rows);
      html.append(Html.table(columns, body));
    }
    return List.of(ReportSection.of("ask", "Ask: " + question, html.toString()));
  }
}
