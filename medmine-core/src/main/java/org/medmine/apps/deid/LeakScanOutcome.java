package org.medmine.apps.deid;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.privacy.Leak;

/** What a leak scan found in {@code scanned}: every leak (none means the copy is clean). */
public record LeakScanOutcome(Path scanned, List<Leak> leaks) {
  public LeakScanOutcome {
    leaks = List.copyOf(leaks);
  }

  /** Whether no identifier was found (else the command's verdict is negative, exit 3). */
  public boolean clean() {
    return leaks.isEmpty();
  }

  /** {@code leaks} and the {@code verdict} ({@code clean} or {@code leaks}). */
  public Object toJson() {
    return Map.of("leaks", leaks, "verdict", clean() ? "clean" : "leaks");
  }

  /** The verdict and where each leak is. */
  public String toText() {
    if (clean()) {
      return "No identifier found in " + scanned + "." + System.lineSeparator();
    }
    StringBuilder w =
        new StringBuilder(
            leaks.size() + " identifier(s) found in " + scanned + ":" + System.lineSeparator());
    for (Leak l : leaks) {
      w.append(
          String.format(
              Locale.ROOT,
              "  %s.%s row %s: %s (%s)%n",
              l.table(),
              l.column(),
              l.rowId(),
              l.kind(),
              l.evidence()));
    }
    return w.toString();
  }
}
