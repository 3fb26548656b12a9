package org.medmine.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code medmine quality} found: where it looked (warehouse, check files), the profile of
 * every table, the unit standardization, every check's result, a summary per check family, and the
 * verdict (negative when a fatal check failed). A plain data object: the CLI renders it as text or
 * JSON.
 */
public record QualityReport(
    String warehouse,
    List<String> checkFiles,
    double seconds,
    long rowsInWarehouse,
    List<Profiler.TableProfile> profile,
    UnitStandardizer.Summary standardization,
    List<CheckResult> checks) {

  /**
   * Per family: checks run, checks failed, violating rows and rows examined by row-level checks.
   */
  public record FamilySummary(int checks, int failed, long violatingRows, long rowsExamined) {}

  public Map<String, FamilySummary> families() {
    Map<String, FamilySummary> out = new LinkedHashMap<>();
    for (String f : CheckDefinition.FAMILIES) {
      List<CheckResult> in = checks.stream().filter(r -> r.check().family().equals(f)).toList();
      List<CheckResult> rows = in.stream().filter(r -> r.check().rowLevel()).toList();
      out.put(
          f,
          new FamilySummary(
              in.size(),
              (int) in.stream().filter(r -> !r.passed()).count(),
              rows.stream().mapToLong(CheckResult::violations).sum(),
              rows.stream().mapToLong(CheckResult::rows).sum()));
    }
    return out;
  }

  /** The fatal checks that failed: any makes the verdict negative. */
  public List<CheckResult> fatalFailures() {
    return checks.stream().filter(r -> r.check().fatal() && !r.passed()).toList();
  }

  public boolean passed() {
    return fatalFailures().isEmpty();
  }
}
