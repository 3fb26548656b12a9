package org.medmine.privacy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A scrubbed text, and the spans of the original that were replaced (in order, not overlapping).
 */
public record ScrubResult(String text, List<PhiSpan> spans) {
  public ScrubResult {
    spans = List.copyOf(spans);
  }

  /** How many spans of each type were replaced. */
  public Map<PhiType, Integer> counts() {
    Map<PhiType, Integer> counts = new EnumMap<>(PhiType.class);
    for (PhiSpan s : spans) {
      counts.merge(s.type(), 1, Integer::sum);
    }
    return counts;
  }
}
