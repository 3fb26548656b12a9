package org.medmine.apps.surveillance;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.nio.file.Path;
import java.util.List;
import org.medmine.mining.timeseries.DetectorCatalog;
import org.medmine.mining.timeseries.EarsDetector;

/**
 * What {@link SurveilApp} does: the series to judge (an external series file, else the warehouse
 * counts of {@code query}), the detectors by name ({@link DetectorCatalog}; names are kept as the
 * user wrote them, for the rows), the least standard deviation of an EARS baseline, and how many of
 * the last periods count as current.
 *
 * @param series a CSV series file (date or week, count, optional region and population), or null
 *     for the warehouse
 * @param query what to count in the warehouse (ignored with a series file)
 * @param methods detector names, in the order to run them
 * @param minSigma least standard deviation of an EARS baseline (0 as in R's earsC)
 * @param recent periods at the end counted as current for the alarm table
 */
public record SurveilOptions(
    @JsonSerialize(using = ToStringSerializer.class) Path series,
    SyndromeQuery query,
    List<String> methods,
    double minSigma,
    int recent) {
  /** The detectors run when none are named. */
  public static final List<String> DEFAULT_METHODS =
      List.of("ears-c1", "ears-c2", "ears-c3", "cusum", "farrington", "noufaily");

  /**
   * The least standard deviation of an EARS baseline by default, as text for a front end's option.
   */
  public static final String DEFAULT_MIN_SIGMA = "" + EarsDetector.SPARSE_MIN_SIGMA;

  /** Periods counted as current by default. */
  public static final int DEFAULT_RECENT = 8;

  /** Refuses unknown detectors and a negative least standard deviation, as user errors. */
  public SurveilOptions {
    methods = List.copyOf(methods);
    DetectorCatalog.requireMinSigma(minSigma);
    methods.forEach(DetectorCatalog::requireKnown);
    if (series == null && query == null) {
      throw new IllegalArgumentException("surveillance needs a series file or a warehouse query");
    }
  }

  /**
   * The demo's surveillance: respiratory illness per week in the warehouse, judged by Noufaily's
   * Farrington, EARS C2 and CUSUM, EARS for sparse counts.
   */
  public static SurveilOptions demo() {
    return new SurveilOptions(
        null,
        SyndromeQuery.respiratory(),
        List.of("noufaily", "ears-c2", "cusum"),
        EarsDetector.SPARSE_MIN_SIGMA,
        DEFAULT_RECENT);
  }
}
