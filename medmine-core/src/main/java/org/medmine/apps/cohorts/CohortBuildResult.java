package org.medmine.apps.cohorts;

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
 * What {@link CohortBuildApp} built: per cohort, the attrition (patients left after each step) and
 * the rows written to the {@code cohort} table; and the run's provenance, which carries the
 * definitions.
 *
 * @param cohorts the cohorts, in the order of their definitions
 * @param provenance where the result came from
 */
public record CohortBuildResult(List<Built> cohorts, RunProvenance provenance)
    implements AppResult {
  /** One attrition step: its name and the patients left after it. */
  public record Step(String rule, long patients) {}

  /**
   * One built cohort.
   *
   * @param name the cohort's name
   * @param attrition entry, then each step in order
   * @param patients the patients written (the last step's count)
   */
  public record Built(String name, List<Step> attrition, long patients) {}

  @Override
  public Object toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("cohorts", cohorts);
    doc.put("run", provenance);
    return doc;
  }

  @Override
  public String toText() {
    StringBuilder out = new StringBuilder();
    for (Built b : cohorts) {
      out.append("cohort ")
          .append(b.name())
          .append(": ")
          .append(b.patients())
          .append(" patients\n");
      TextTable t = new TextTable("step", "patients");
      b.attrition().forEach(s -> t.row(s.rule(), s.patients()));
      out.append(t.render(2));
    }
    return out.toString();
  }

  @Override
  public List<ReportSection> toSections() {
    List<ReportSection> out = new ArrayList<>();
    for (Built b : cohorts) {
      List<List<?>> rows = new ArrayList<>();
      b.attrition().forEach(s -> rows.add(List.of(s.rule(), s.patients())));
      out.add(
          ReportSection.of(
              "cohort-" + b.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
              "Cohort " + b.name() + ": attrition",
              Html.table(List.of("step", "patients"), rows)));
    }
    return out;
  }
}
