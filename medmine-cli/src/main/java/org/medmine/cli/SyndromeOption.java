package org.medmine.cli;

import java.time.LocalDate;
import java.util.List;
import org.medmine.apps.surveillance.SyndromeQuery;
import org.medmine.cohort.Region;
import picocli.CommandLine.Option;

/**
 * The options that choose a syndrome's cases in the warehouse ({@code surveil}, {@code scan}): the
 * syndrome or its own codes, an age band, the dates.
 */
final class SyndromeOption {
  @Option(names = "--codes", split = ",", paramLabel = "CODE")
  List<String> codes;

  @Option(names = "--syndrome", defaultValue = "respiratory", paramLabel = "NAME")
  String syndrome;

  @Option(names = "--age-band", paramLabel = "BAND")
  String ageBand;

  @Option(names = "--from", paramLabel = "DATE")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE")
  LocalDate to;

  /** The cases these options choose, counted per {@code granularity} in each of {@code region}. */
  SyndromeQuery query(String granularity, Region region) {
    return new SyndromeQuery(
        syndrome,
        codes != null ? codes : SyndromeQuery.RESPIRATORY,
        SyndromeQuery.granularity(granularity),
        region,
        ageBand,
        from,
        to);
  }
}
