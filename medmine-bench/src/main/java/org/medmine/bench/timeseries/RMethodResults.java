package org.medmine.bench.timeseries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What outbreak-methods.R wrote: per method, either alarms at each level of a grid, or a score per
 * week with the alarms at the method's default level. Series are in the order of the series file.
 */
final class RMethodResults {
  /** One method's output: level → alarms per series (grid), or scores and default alarms. */
  record Method(
      TreeMap<Double, List<boolean[]>> grid,
      List<double[]> scores,
      List<boolean[]> defaultAlarms) {}

  private RMethodResults() {}

  /** Reads OUT.csv; {@code first} is the first evaluated week, 0-based. */
  static Map<String, Method> read(Path csv, List<String> seriesNames, int first, int evaluated)
      throws IOException {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < seriesNames.size(); i++) {
      index.put(seriesNames.get(i), i);
    }
    Map<String, Method> methods = new LinkedHashMap<>();
    try (var lines = Files.lines(csv)) {
      for (String line : (Iterable<String>) lines.skip(1)::iterator) {
        String[] f = line.split(",");
        int s = index.get(f[0].replace("\"", ""));
        String level = f[2];
        int t = Integer.parseInt(f[3]);
        Method m =
            methods.computeIfAbsent(
                f[1],
                k ->
                    new Method(
                        new TreeMap<>(),
                        empty(seriesNames.size(), evaluated),
                        emptyFlags(seriesNames.size(), evaluated)));
        boolean alarm = f[4].equals("1");
        int j = t - 1 - first;
        if (level.equals("score")) {
          m.scores().get(s)[j] = Double.parseDouble(f[5]);
          m.defaultAlarms().get(s)[j] = alarm;
        } else {
          m.grid()
                  .computeIfAbsent(
                      Double.parseDouble(level), k -> emptyFlags(seriesNames.size(), evaluated))
                  .get(s)[j] =
              alarm;
        }
      }
    }
    return methods;
  }

  private static List<double[]> empty(int series, int evaluated) {
    List<double[]> l = new ArrayList<>();
    for (int i = 0; i < series; i++) {
      l.add(new double[evaluated]);
    }
    return l;
  }

  private static List<boolean[]> emptyFlags(int series, int evaluated) {
    List<boolean[]> l = new ArrayList<>();
    for (int i = 0; i < series; i++) {
      l.add(new boolean[evaluated]);
    }
    return l;
  }
}
