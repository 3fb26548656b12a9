package org.medmine.apps.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.quality.CheckResult;
import org.medmine.quality.QualityReport;
import org.medmine.report.ReportSection;

/** What {@link QualityApp} found: the quality report and the run's provenance. */
public record QualityResult(QualityReport report, RunProvenance provenance) implements AppResult {
  /** Whether no fatal check failed (the command's verdict: exit 3 when not). */
  public boolean passed() {
    return report.passed();
  }

  /**
   * The stable JSON document of {@code medmine quality --format json}: warehouse, check files,
   * verdict, fatal failures, the summary per family, every check, the unit standardization, the
   * profile and the run time, with the run's provenance as {@code run}.
   */
  @Override
  public Object toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("warehouse", report.warehouse());
    m.put("check_files", report.checkFiles());
    m.put("passed", report.passed());
    m.put("fatal_failures", report.fatalFailures().stream().map(c -> c.check().id()).toList());
    m.put("families", report.families());
    List<Map<String, Object>> checks = new ArrayList<>();
    report.checks().forEach(c -> checks.add(check(c)));
    m.put("checks", checks);
    m.put("standardization", report.standardization());
    m.put("profile", report.profile());
    m.put("seconds", report.seconds());
    m.put("run", provenance);
    return m;
  }

  private static Map<String, Object> check(CheckResult c) {
    Map<String, Object> x = new LinkedHashMap<>();
    x.put("id", c.check().id());
    x.put("family", c.check().family());
    x.put("subcategory", c.check().subcategory());
    x.put("context", c.check().context());
    x.put("table", c.check().table());
    x.put("description", c.check().description());
    x.put("level", c.check().level());
    x.put("threshold_percent", c.check().threshold());
    x.put("fatal", c.check().fatal());
    x.put("rows", c.rows());
    x.put("violations", c.violations());
    x.put("share_percent", c.sharePercent());
    x.put("passed", c.passed());
    x.put("examples", c.examples());
    if (c.error() != null) {
      x.put("error", c.error());
    }
    return x;
  }

  /** The summary, the failed checks and the verdict, for a terminal. */
  @Override
  public String toText() {
    return QualityText.render(report);
  }

  /** The demo's few lines: each family's checks and failures, and the verdict. */
  public String summary() {
    return QualityText.summary(report);
  }

  /** The data-quality section: verdict, families, failed checks, unit standardization, profile. */
  @Override
  public List<ReportSection> toSections() {
    return List.of(QualityReportSection.of(report));
  }
}
