package org.medmine.mining.timeseries;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.medmine.model.MedmineUserException;

/**
 * Reads an external count series: a CSV with a header, one row per period, columns {@code date}
 * (YYYY-MM-DD, daily) or {@code week} (ISO week, YYYY-Www), {@code count}, and optionally {@code
 * region} and {@code population}. Epidemiologists hold such counts without patient records. Missing
 * periods count zero; a repeated (region, period) is an error.
 */
public final class SeriesCsv {
  private static final DateTimeFormatter ISO_WEEK = DateTimeFormatter.ISO_WEEK_DATE;

  private SeriesCsv() {}

  /** One series per region, in the order regions first appear. */
  public static List<CountSeries> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new MedmineUserException("Series file " + file + " does not exist: check the path.");
    }
    String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
    Map<String, TreeMap<LocalDate, double[]>> byRegion = new LinkedHashMap<>();
    Granularity granularity = null;
    try (CsvReader<NamedCsvRecord> csv =
        CsvReader.builder().skipEmptyLines(true).ofNamedCsvRecord(file)) {
      for (NamedCsvRecord r : csv) {
        long line = r.getStartingLineNumber();
        if (granularity == null) {
          granularity = columns(file, r.getHeader());
        }
        LocalDate period =
            granularity == Granularity.WEEK
                ? week(file, line, r.getField("week"))
                : day(file, line, r.getField("date"));
        double count = number(file, line, "count", r.getField("count"));
        String region =
            r.findField("region").map(String::strip).filter(s -> !s.isEmpty()).orElse("all");
        double population =
            r.findField("population")
                .filter(s -> !s.isBlank())
                .map(s -> number(file, line, "population", s))
                .orElse(Double.NaN);
        double[] previous =
            byRegion
                .computeIfAbsent(region, k -> new TreeMap<>())
                .put(period, new double[] {count, population});
        if (previous != null) {
          throw new MedmineUserException(
              file
                  + " line "
                  + line
                  + ": period "
                  + period
                  + " of region "
                  + region
                  + " appears twice: give one row per region and period.");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (byRegion.isEmpty()) {
      throw new MedmineUserException(
          "Series file " + file + " has no rows: give a header and one row per period.");
    }
    List<CountSeries> out = new ArrayList<>();
    for (Map.Entry<String, TreeMap<LocalDate, double[]>> e : byRegion.entrySet()) {
      out.add(toSeries(name, e.getKey(), granularity, e.getValue()));
    }
    return out;
  }

  private static CountSeries toSeries(
      String name, String region, Granularity g, TreeMap<LocalDate, double[]> rows) {
    LocalDate first = rows.firstKey();
    int n = (int) g.between(first, rows.lastKey()) + 1;
    double[] counts = new double[n];
    double[] population = new double[n];
    boolean anyPopulation = false;
    double last = Double.NaN;
    for (int i = 0; i < n; i++) {
      double[] row = rows.get(g.plus(first, i));
      if (row != null) {
        counts[i] = row[0];
        if (!Double.isNaN(row[1])) {
          last = row[1];
          anyPopulation = true;
        }
      }
      population[i] = last; // carried forward over missing periods
    }
    return new CountSeries(name, region, g, first, counts, anyPopulation ? population : null);
  }

  private static Granularity columns(Path file, List<String> header) {
    if (!header.contains("count")) {
      throw new MedmineUserException(
          file
              + " has no 'count' column: the header needs date or week, count, and optionally region, population.");
    }
    if (header.contains("week")) {
      return Granularity.WEEK;
    }
    if (header.contains("date")) {
      return Granularity.DAY;
    }
    throw new MedmineUserException(
        file
            + " has neither a 'date' nor a 'week' column: the header needs date (YYYY-MM-DD) or week (YYYY-Www).");
  }

  private static LocalDate day(Path file, long line, String s) {
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new MedmineUserException(
          file + " line " + line + ": '" + s + "' is not a date: write YYYY-MM-DD.", e);
    }
  }

  private static LocalDate week(Path file, long line, String s) {
    try {
      return LocalDate.parse(s.strip() + "-1", ISO_WEEK);
    } catch (DateTimeParseException e) {
      throw new MedmineUserException(
          file
              + " line "
              + line
              + ": '"
              + s
              + "' is not an ISO week: write YYYY-Www, e.g. 2024-W05.",
          e);
    }
  }

  private static double number(Path file, long line, String column, String s) {
    try {
      double v = Double.parseDouble(s.strip());
      if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new MedmineUserException(
          file + " line " + line + ": " + column + " '" + s + "' is not a non-negative number.", e);
    }
  }

  /** The ISO week label (YYYY-Www) of a week starting on {@code monday}. */
  public static String weekLabel(LocalDate monday) {
    return String.format(
        java.util.Locale.ROOT,
        "%d-W%02d",
        monday.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
        monday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
