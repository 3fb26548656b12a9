package org.medmine.privacy;

/**
 * A span of protected health information found in a text: {@code [start, end)} in UTF-16 offsets of the
 * original text, and its type.
 */
public record PhiSpan(int start, int end, PhiType type) {
  public PhiSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("empty or negative span " + start + ".." + end);
    }
  }

  /** Whether this span shares at least one character with {@code other}. */
  public boolean overlaps(PhiSpan other) {
    return start < other.end && other.start < end;
  }

  public int length() {
    return end - start;
  }
}
