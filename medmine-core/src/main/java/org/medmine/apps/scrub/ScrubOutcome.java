package org.medmine.apps.scrub;

import java.util.Map;
import org.medmine.privacy.PhiType;

/**
 * What a scrub did: the files scrubbed and the spans found (replaced, unless the mode writes only
 * spans) by type.
 */
public record ScrubOutcome(int files, ScrubOptions.Mode mode, Map<PhiType, Long> spans) {
  public ScrubOutcome {
    spans = Map.copyOf(spans);
  }

  /** One line: files scrubbed and what was found or replaced. */
  public String toText() {
    return "Scrubbed "
        + files
        + " file(s); "
        + (mode == ScrubOptions.Mode.SPANS ? "found: " : "replaced: ")
        + (spans.isEmpty() ? "nothing" : new java.util.TreeMap<>(spans))
        + System.lineSeparator();
  }
}
