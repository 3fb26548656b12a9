package org.medmine.mining.timeseries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A regular series of counts: one value per consecutive period from {@code start}, optionally with
 * the population at risk in each period (for rates). Periods with no events are zeros, never
 * missing.
 *
 * @param name what is counted (a syndrome, "admissions", a file name)
 * @param region the region the counts belong to, or "all"
 * @param granularity day, ISO week or month
 * @param start the first day of the first period
 * @param counts one count per period
 * @param population population at risk per period, or null when unknown
 */
public record CountSeries(
    String name,
    String region,
    Granularity granularity,
    LocalDate start,
    double[] counts,
    double[] population) {

  public CountSeries {
    if (!granularity.periodStart(start).equals(start)) {
      throw new IllegalArgumentException(start + " does not start a " + granularity + " period");
    }
    if (population != null && population.length != counts.length) {
      throw new IllegalArgumentException("population and counts differ in length");
    }
  }

  /** Builds a regular series from sparse (period start → count) entries, filling gaps with zero. */
  public static CountSeries fromSparse(
      String name,
      String region,
      Granularity g,
      Map<LocalDate, Double> counts,
      LocalDate from,
      LocalDate to) {
    TreeMap<LocalDate, Double> sorted = new TreeMap<>(counts);
    LocalDate first = g.periodStart(from != null ? from : sorted.firstKey());
    LocalDate last = g.periodStart(to != null ? to : sorted.lastKey());
    int n = (int) g.between(first, last) + 1;
    double[] y = new double[Math.max(n, 0)];
    sorted.forEach(
        (d, c) -> {
          long i = g.between(first, g.periodStart(d));
          if (i >= 0 && i < y.length) {
            y[(int) i] += c;
          }
        });
    return new CountSeries(name, region, g, first, y, null);
  }

  public int size() {
    return counts.length;
  }

  /** The first day of period {@code i}. */
  public LocalDate date(int i) {
    return granularity.plus(start, i);
  }

  /**
   * The label of period {@code i}: its ISO week (2025-W03) in a weekly series, else its first day
   * (2025-01-13).
   */
  public String label(int i) {
    LocalDate d = date(i);
    return granularity == Granularity.WEEK ? SeriesCsv.weekLabel(d) : d.toString();
  }

  public List<LocalDate> dates() {
    List<LocalDate> d = new ArrayList<>(counts.length);
    for (int i = 0; i < counts.length; i++) {
      d.add(date(i));
    }
    return d;
  }

  /** Counts per {@code per} people (e.g. 100000), or null when the population is unknown. */
  public double[] rates(double per) {
    if (population == null) {
      return null;
    }
    double[] r = new double[counts.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = population[i] > 0 ? counts[i] / population[i] * per : Double.NaN;
    }
    return r;
  }

  /** The last {@code n} periods (all when the series is shorter). */
  public CountSeries tail(int n) {
    int from = Math.max(0, counts.length - n);
    return new CountSeries(
        name,
        region,
        granularity,
        date(from),
        Arrays.copyOfRange(counts, from, counts.length),
        population == null ? null : Arrays.copyOfRange(population, from, population.length));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CountSeries s
        && name.equals(s.name)
        && region.equals(s.region)
        && granularity == s.granularity
        && start.equals(s.start)
        && Arrays.equals(counts, s.counts)
        && Arrays.equals(population, s.population);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts) * 31 + start.hashCode();
  }

  @Override
  public String toString() {
    return "CountSeries["
        + name
        + ", "
        + region
        + ", "
        + granularity
        + " from "
        + start
        + ", n="
        + counts.length
        + "]";
  }
}
