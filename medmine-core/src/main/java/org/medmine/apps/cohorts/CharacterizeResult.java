package org.medmine.apps.cohorts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.report.Html;
import org.medmine.report.ReportSection;
import org.medmine.report.TextTable;

/**
 * A cohort's "table 1" ({@link CharacterizeApp}), optionally beside a comparator cohort with each
 * covariate's standardized mean difference.
 *
 * @param cohort the target cohort
 * @param compare the comparator cohort, or null
 * @param patients the target's members
 * @param comparePatients the comparator's members, or null
 * @param covariates the rows of the table, in order
 * @param incidence the outcome's incidence per stratum and overall, empty without an outcome
 * @param provenance where the result came from
 */
public record CharacterizeResult(
    String cohort,
    String compare,
    long patients,
    Long comparePatients,
    List<Covariate> covariates,
    List<Incidence> incidence,
    RunProvenance provenance)
    implements AppResult {
  /**
   * One covariate: for a proportion (sex, race, a code in the year before entry) the share of
   * members with it, for age the mean; sd the standard deviation (dividing by n); the comparator's
   * values and the SMD are null without a comparator, and the SMD also where it is undefined.
   *
   * @param group demographics, sex, race, condition, medication or measurement
   * @param covariate what is counted ("sex = female", "system|code|display")
   * @param target the target's mean or proportion
   * @param targetSd the target's standard deviation
   * @param compare the comparator's mean or proportion
   * @param compareSd the comparator's standard deviation
   * @param smd the standardized mean difference
   */
  public record Covariate(
      String group,
      String covariate,
      double target,
      double targetSd,
      Double compare,
      Double compareSd,
      Double smd) {
    static Covariate of(
        String group, String covariate, StandardizedMeanDifference d, boolean compared) {
      return new Covariate(
          group,
          covariate,
          d.meanTarget(),
          d.sdTarget(),
          compared ? d.meanComparator() : null,
          compared ? d.sdComparator() : null,
          compared && !Double.isNaN(d.smd()) ? d.smd() : null);
    }
  }

  /**
   * The incidence of the outcome in one stratum ("all" where a stratum is not split) with its 95%
   * exact interval.
   *
   * @param sex the sex
   * @param ageBand the age band during the stratum's time at risk
   * @param year the calendar year of the stratum's time at risk, or null for all years
   * @param rate the rate per 1,000 person-years and its interval
   */
  public record Incidence(String sex, String ageBand, Integer year, IncidenceRate rate) {}

  @Override
  public Object toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("cohort", cohort);
    doc.put("compare", compare);
    doc.put("patients", patients);
    doc.put("comparePatients", comparePatients);
    doc.put("covariates", covariates);
    doc.put("incidence", incidence);
    doc.put("run", provenance);
    return doc;
  }

  @Override
  public String toText() {
    String head =
        "cohort "
            + cohort
            + ": "
            + patients
            + " patients"
            + (compare == null ? "" : "; compared with " + compare + ": " + comparePatients)
            + "\n";
    TextTable t =
        compare == null
            ? new TextTable("covariate", cohort)
            : new TextTable("covariate", cohort, compare, "SMD");
    for (Covariate c : covariates) {
      String name = TextTable.clip(label(c), 60);
      if (compare == null) {
        t.row(name, number(c.target()));
      } else {
        t.row(name, number(c.target()), number(c.compare()), number(c.smd()));
      }
    }
    TextTable ir =
        new TextTable("sex", "age", "year", "events", "person-years", "per 1,000 (95% CI)");
    for (Incidence i : incidence) {
      IncidenceRate r = i.rate();
      ir.row(
          i.sex(),
          i.ageBand(),
          i.year() == null ? "all" : i.year(),
          r.events(),
          String.format(Locale.ROOT, "%.1f", r.personYears()),
          String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", r.rate(), r.lower(), r.upper()));
    }
    return head + t.render(2) + (incidence.isEmpty() ? "" : "incidence\n" + ir.render(2));
  }

  @Override
  public List<ReportSection> toSections() {
    List<List<?>> rows = new ArrayList<>();
    for (Covariate c : covariates) {
      rows.add(
          compare == null
              ? List.of(c.group(), c.covariate(), number(c.target()))
              : List.of(
                  c.group(),
                  c.covariate(),
                  number(c.target()),
                  number(c.compare()),
                  number(c.smd())));
    }
    List<String> headers =
        compare == null
            ? List.of("group", "covariate", cohort)
            : List.of("group", "covariate", cohort, compare, "SMD");
    return List.of(
        ReportSection.of("cohort-table-1", "Table 1: " + cohort, Html.table(headers, rows)));
  }

  /** "display (code)" for a code's row, the covariate itself otherwise. */
  private static String label(Covariate c) {
    String[] parts = c.covariate().split("\\|", 3);
    return parts.length == 3 ? parts[2] + " (" + parts[1] + ")" : c.covariate();
  }

  private static String number(Double v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }
}
