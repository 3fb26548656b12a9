package org.medmine.apps.qi;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.medmine.mining.timeseries.RunRules;
import org.medmine.model.MedmineUserException;

/**
 * What {@link SpcApp} charts: the warehouse's monthly quality measures between {@code from} and
 * {@code to} (by default the last five years of the data, {@link
 * org.medmine.cohort.AnalysisWindow}), or a series file as a p-, u- or XmR chart; the periods that
 * set the limits; and the run rules that judge the points.
 *
 * @param series a CSV series file (count, and population as the subgroup size of p and u), or null
 *     for the warehouse
 * @param chart the chart of the series file: p, u or xmr
 * @param per the u-chart's rate per {@code per} of population (series file)
 * @param measures the warehouse measures: readmission, ed-visits, los
 * @param from the first month, or null
 * @param to the last month, or null for the end of the data
 * @param baseline the periods at the start that set the limits, at least 2
 * @param rules the run rules: we (Western Electric) or nelson
 */
public record SpcOptions(
    @JsonSerialize(using = ToStringSerializer.class) Path series,
    String chart,
    double per,
    List<String> measures,
    @JsonSerialize(using = ToStringSerializer.class) LocalDate from,
    @JsonSerialize(using = ToStringSerializer.class) LocalDate to,
    int baseline,
    String rules) {
  /** The warehouse measures. */
  public static final List<String> MEASURES = List.of("readmission", "ed-visits", "los");

  /** The charts of {@code medmine spc} without options (and of the demo). */
  public static final SpcOptions DEFAULTS =
      new SpcOptions(null, "xmr", 1000, MEASURES, null, null, 24, "we");

  /** Refuses option values no chart can use, as user errors, before anything is read. */
  public SpcOptions {
    if (!List.of("p", "u", "xmr").contains(chart.toLowerCase(Locale.ROOT))) {
      throw new MedmineUserException("--chart must be p, u or xmr, not '" + chart + "'.");
    }
    if (baseline < 2) {
      throw new MedmineUserException(
          "--baseline must be at least 2 periods (the limits are estimated from them), not "
              + baseline
              + ".");
    }
    if (!(per > 0) || Double.isInfinite(per)) {
      throw new MedmineUserException(
          "--per must be a positive number of population (e.g. 1000), not " + per + ".");
    }
    runRules(rules);
    measures = List.copyOf(measures);
    for (String m : measures) {
      if (!MEASURES.contains(m.strip().toLowerCase(Locale.ROOT))) {
        throw new MedmineUserException(
            "Unknown --measure '" + m + "': use readmission, ed-visits or los.");
      }
    }
  }

  /** The run rules that judge the points. */
  public RunRules runRules() {
    return runRules(rules);
  }

  private static RunRules runRules(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "we", "western-electric" -> RunRules.westernElectric();
      case "nelson" -> RunRules.nelson();
      default ->
          throw new MedmineUserException("--rules must be we or nelson, not '" + name + "'.");
    };
  }
}
