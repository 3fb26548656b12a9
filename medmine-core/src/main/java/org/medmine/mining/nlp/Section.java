package org.medmine.mining.nlp;

/**
 * A section of a note: its kind, the header as written ({@code ""} for text before the first
 * header) and its offsets into the note, header included ({@code start} inclusive, {@code end}
 * exclusive).
 */
public record Section(SectionKind kind, String header, int start, int end) {

  /** The section of a text without headers. */
  public static Section whole(String text) {
    return new Section(SectionKind.OTHER, "", 0, text.length());
  }
}
