package org.medmine.apps.cohorts;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.report.Html;
import org.medmine.report.ReportSection;
import org.medmine.report.TextTable;

/**
 * What {@link PrescreenApp} found: the patients who meet a cohort definition's criteria on one day,
 * each with the rows that qualified them, and how many patients each step left.
 *
 * @param cohort the definition's name
 * @param asOf the screening day
 * @param attrition patients with an entry event up to the day, then those left after each step
 * @param patients the patients on the list, by source and id
 * @param provenance where the result came from (the run's options carry the definition)
 */
public record PrescreenResult(
    String cohort,
    LocalDate asOf,
    List<CohortBuildResult.Step> attrition,
    List<Candidate> patients,
    RunProvenance provenance)
    implements AppResult {

  /** A patient's key in maps: source and id. */
  static String key(String source, String patientId) {
    return source + "/" + patientId;
  }

  /**
   * A row of the warehouse that qualified a patient.
   *
   * @param table the warehouse table
   * @param id the row's id
   * @param date the day that dates it (onset, start, effective time)
   * @param code its code
   * @param display the code's display
   */
  public record Row(
      String table,
      String id,
      @JsonSerialize(using = ToStringSerializer.class) LocalDate date,
      String code,
      String display) {}

  /**
   * How a patient met one inclusion rule.
   *
   * @param rule the rule's name
   * @param kind {@code age} (met by the age on the day), {@code present} (the rows in the window)
   *     or {@code absent} (no such row in the window, so there is no row to show)
   * @param count rows in the window
   * @param rows the latest of them (at most {@link PrescreenApp#ROWS_SHOWN})
   */
  public record Evidence(String rule, String kind, long count, List<Row> rows) {}

  /**
   * A patient on the list.
   *
   * @param source the patient's source
   * @param patientId the patient's id
   * @param entryDate the day of the earliest entry event
   * @param age completed years on the screening day (null without a birth date)
   * @param entry the entry event's row
   * @param evidence each inclusion rule's evidence, in the definition's order
   */
  public record Candidate(
      String source,
      String patientId,
      @JsonSerialize(using = ToStringSerializer.class) LocalDate entryDate,
      Integer age,
      Row entry,
      List<Evidence> evidence) {}

  /** {@code {cohort, asOf, attrition: [{rule, patients}], patients: [...], run}}. */
  @Override
  public Object toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("cohort", cohort);
    doc.put("asOf", asOf.toString());
    doc.put("attrition", attrition);
    doc.put("patients", patients);
    doc.put("run", provenance);
    return doc;
  }

  @Override
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append("pre-screening for ")
        .append(cohort)
        .append(" on ")
        .append(asOf)
        .append(": ")
        .append(patients.size())
        .append(" patients\n");
    TextTable steps = new TextTable("step", "patients");
    attrition.forEach(s -> steps.row(s.rule(), s.patients()));
    out.append(steps.render(2));
    TextTable list = new TextTable("patient", "age", "entry", "why");
    for (Candidate p : patients) {
      list.row(p.patientId(), p.age() == null ? "-" : p.age(), describe(p.entry()), why(p));
    }
    return out.append(list.render(2)).toString();
  }

  private static String describe(Row r) {
    return r.date()
        + " "
        + r.table()
        + " "
        + r.code()
        + (r.display() == null ? "" : " " + r.display());
  }

  /** One line per patient: each rule and what met it. */
  private static String why(Candidate p) {
    StringBuilder b = new StringBuilder();
    for (Evidence e : p.evidence()) {
      b.append(b.length() == 0 ? "" : "; ").append(e.rule()).append(": ");
      b.append(
          switch (e.kind()) {
            case "age" -> "age " + p.age();
            case "absent" -> "none";
            default ->
                e.count()
                    + " rows, latest "
                    + e.rows().get(0).date()
                    + " "
                    + e.rows().get(0).code();
          });
    }
    return b.toString();
  }

  @Override
  public List<ReportSection> toSections() {
    StringBuilder html = new StringBuilder();
    html.append(
        Html.paragraph(
            patients.size()
                + " patients meet the criteria of "
                + cohort
                + " on "
                + asOf
                + " (rows dated up to that day; the rules judged on it)."));
    html.append(
        "<table><tr><th>patient</th><th>age</th><th>entry event</th><th>rules met</th></tr>\n");
    for (Candidate p : patients) {
      html.append("<tr><td>")
          .append(Html.escape(p.patientId()))
          .append("</td><td>")
          .append(p.age() == null ? "-" : p.age())
          .append("</td><td>")
          .append(Html.escape(describe(p.entry())))
          .append("</td><td>")
          .append(Html.escape(why(p)))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");
    return List.of(ReportSection.of("prescreen", "Pre-screening: " + cohort, html.toString()));
  }
}
