package org.medmine.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.mining.timeseries.CountSeries;
import org.medmine.mining.timeseries.Granularity;
import org.medmine.mining.timeseries.SeriesCsv;
import org.medmine.model.MedmineUserException;

/** Rows of results (alarms, forecasts, chart points) written as CSV or JSON by the extension of {@code --out}. */
final class TimeSeriesOutput {
  private TimeSeriesOutput() {}

  /** Writes {@code rows} (all with the same keys, in order) to {@code out}: .csv or .json. */
  static void write(Path out, List<? extends Map<String, Object>> rows) {
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (name.endsWith(".json")) {
        Files.writeString(out, Json.write(rows) + "\n");
      } else if (name.endsWith(".csv")) {
        try (CsvWriter csv = CsvWriter.builder().build(out)) {
          if (!rows.isEmpty()) {
            csv.writeRecord(new ArrayList<>(rows.get(0).keySet()));
          }
          for (Map<String, Object> r : rows) {
            csv.writeRecord(r.values().stream().map(v -> v == null ? "" : String.valueOf(v)).toList());
          }
        }
      } else {
        throw new MedmineUserException("--out " + out + ": give a file ending in .csv or .json.");
      }
    } catch (IOException e) {
      throw new MedmineUserException("Cannot write " + out + " (" + e.getMessage() + "): choose a writable path.", e);
    }
  }

  /** A number for JSON and CSV: NaN and infinities become null (JSON has no NaN), others rounded to 6 places. */
  static Double num(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return null;
    }
    return Math.round(v * 1e6) / 1e6;
  }

  /** The label of period i: an ISO week (2025-W03) for weekly series, else the date. */
  static String period(CountSeries s, int i) {
    LocalDate d = s.date(i);
    return s.granularity() == Granularity.WEEK ? SeriesCsv.weekLabel(d) : d.toString();
  }

  static String fmt(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4g", v);
  }


}
