package org.medmine.apps.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Small-cell suppression for roles that see de-identified data only: a row whose count of patients
 * or events ({@code n}, or a rate's {@code denominator}) is between 1 and 10 shows none of its
 * numbers (each becomes {@code "<11"}), only its labels, so that no answer singles out fewer than
 * eleven people (the threshold of the CMS cell-size suppression policy, which forbids publishing
 * cells of 1 to 10). A zero is not suppressed: it singles out nobody.
 */
final class SmallCells {
  /** The smallest count shown. */
  static final int THRESHOLD = 11;

  /** What a suppressed cell shows. */
  static final String SUPPRESSED = "<" + THRESHOLD;

  private static final Set<String> COUNTS = Set.of("n", "denominator");
  private static final Set<String> LABELS =
      Set.of(
          "code",
          "concept",
          "unit",
          "sex",
          "race",
          "ethnicity",
          "age_band",
          "city",
          "state",
          "class",
          "period");

  private SmallCells() {}

  /** The rows as shown, and how many rows were suppressed. */
  record Suppressed(List<List<Object>> rows, int suppressedRows) {}

  /** {@code rows} (of {@code columns}) with the numbers of every small row replaced. */
  static Suppressed apply(List<String> columns, List<List<Object>> rows) {
    List<List<Object>> out = new ArrayList<>();
    int suppressed = 0;
    for (List<Object> row : rows) {
      if (!small(columns, row)) {
        out.add(row);
        continue;
      }
      suppressed++;
      List<Object> shown = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        shown.add(LABELS.contains(columns.get(i)) ? row.get(i) : SUPPRESSED);
      }
      out.add(shown);
    }
    return new Suppressed(out, suppressed);
  }

  private static boolean small(List<String> columns, List<Object> row) {
    for (int i = 0; i < row.size(); i++) {
      if (COUNTS.contains(columns.get(i)) && row.get(i) instanceof Number n) {
        long v = n.longValue();
        if (v > 0 && v < THRESHOLD) {
          return true;
        }
      }
    }
    return false;
  }
}
