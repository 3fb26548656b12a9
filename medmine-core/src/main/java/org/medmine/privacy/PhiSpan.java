package org.medmine.privacy;

/**
 * A span of protected health information found in a text: {@code [start, end)} in UTF-16 offsets of
 * the original text, its type, and the detector that found it ({@code known}, {@code name-context},
 * {@code date}, ...; empty for spans that no detector made, such as the gold spans of a test
 * corpus).
 */
public record PhiSpan(int start, int end, PhiType type, String detector) {
  public PhiSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("empty or negative span " + start + ".." + end);
    }
    detector = detector == null ? "" : detector;
  }

  /** A span that no detector made (a gold span, or one built by hand). */
  public PhiSpan(int start, int end, PhiType type) {
    this(start, end, type, "");
  }

  /** Whether this span shares at least one character with {@code other}. */
  public boolean overlaps(PhiSpan other) {
    return start < other.end && other.start < end;
  }

  public int length() {
    return end - start;
  }
}
