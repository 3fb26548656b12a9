package org.medmine.bench.timeseries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.mining.timeseries.LabelledSeries;

/**
 * Reads the series outbreak-pointsource.R wrote; an outbreak is a run of weeks in the chain's
 * outbreak state.
 */
final class PointSourceSeries {
  private PointSourceSeries() {}

  static List<LabelledSeries> read(Path csv) throws IOException {
    Map<String, List<double[]>> rows = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(csv);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.replace("\"", "").split(",");
      rows.computeIfAbsent(f[0], k -> new ArrayList<>())
          .add(
              new double[] {
                Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])
              });
    }
    List<LabelledSeries> out = new ArrayList<>();
    rows.forEach(
        (name, r) -> {
          r.sort((a, b) -> Double.compare(a[0], b[0]));
          double[] y = new double[r.size()];
          List<LabelledSeries.Outbreak> outbreaks = new ArrayList<>();
          int start = -1;
          for (int t = 0; t <= y.length; t++) {
            boolean in = t < y.length && r.get(t)[2] > 0;
            if (t < y.length) {
              y[t] = r.get(t)[1];
            }
            if (in && start < 0) {
              start = t;
            } else if (!in && start >= 0) {
              outbreaks.add(new LabelledSeries.Outbreak(start, t - start));
              start = -1;
            }
          }
          out.add(new LabelledSeries(name, y, outbreaks));
        });
    return out;
  }
}
