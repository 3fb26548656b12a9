package org.medmine.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.model.MedmineUserException;

/**
 * A result's rows (alarms, forecasts, chart points: maps with the same keys in the same order)
 * written as a file for spreadsheets and scripts, CSV or JSON by the file's extension, with the
 * numbers {@link #number} rounds. The CSV has the keys as its header and an empty cell for a null;
 * the JSON is the list of rows, indented, keys sorted, as the command line's {@code --format json}
 * writes them.
 */
public final class ResultRows {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private ResultRows() {}

  /**
   * Writes {@code rows} to {@code out}, a {@code .csv} or {@code .json} file (its folder is made if
   * missing).
   */
  public static void write(Path out, List<? extends Map<String, Object>> rows) {
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (name.endsWith(".json")) {
        Files.writeString(out, JSON.writeValueAsString(rows) + "\n");
      } else if (name.endsWith(".csv")) {
        writeCsv(out, rows);
      } else {
        throw new MedmineUserException("--out " + out + ": give a file ending in .csv or .json.");
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not render JSON", e);
    } catch (IOException e) {
      throw new MedmineUserException(
          "Cannot write " + out + " (" + e.getMessage() + "): choose a writable path.", e);
    }
  }

  private static void writeCsv(Path out, List<? extends Map<String, Object>> rows)
      throws IOException {
    try (CsvWriter csv = CsvWriter.builder().build(out)) {
      if (!rows.isEmpty()) {
        csv.writeRecord(new ArrayList<>(rows.get(0).keySet()));
      }
      for (Map<String, Object> r : rows) {
        csv.writeRecord(r.values().stream().map(v -> v == null ? "" : String.valueOf(v)).toList());
      }
    }
  }

  /**
   * A number for a row: null for NaN and infinities (JSON has none), else rounded to 6 decimal
   * places.
   */
  public static Double number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return null;
    }
    return Math.round(v * 1e6) / 1e6;
  }
}
