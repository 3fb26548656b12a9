package org.medmine.privacy;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens of a clinical note, made to survive the way notes are written: words keep inner
 * apostrophes and hyphens ({@code O'Brien}, {@code Swan-Ganz}), letters and digits run together are
 * split ({@code BP120/80} gives {@code BP} and {@code 120/80}), a number keeps its inner separators
 * ({@code 7.43/41}, {@code 7-22}), and every other character that is not a space is a token of its
 * own. Each token records its shape, so the detectors can tell a capitalised word from an all-caps
 * abbreviation, and whether the note is written in capitals throughout.
 */
final class NoteTokens {
  /** A word's case shape. */
  enum Shape {
    CAPITALISED,
    UPPER,
    LOWER,
    MIXED,
    NUMBER,
    PUNCT
  }

  private final String text;
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private Shape[] shapes = new Shape[64];
  private int size;
  private final boolean upperCaseNote;

  private NoteTokens(String text) {
    this.text = text;
    int upper = 0;
    int lower = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetter(c)) {
        int end = wordEnd(i);
        Shape s = shapeOf(i, end);
        if (s == Shape.UPPER || s == Shape.CAPITALISED && end - i == 1) {
          upper++;
        } else if (s == Shape.LOWER || s == Shape.CAPITALISED) {
          lower++;
        }
        add(i, end, s);
        i = end;
      } else if (Character.isDigit(c)) {
        int end = numberEnd(i);
        add(i, end, Shape.NUMBER);
        i = end;
      } else {
        add(i, i + 1, Shape.PUNCT);
        i++;
      }
    }
    upperCaseNote = upper > 8 && upper > 2 * lower;
  }

  /** Tokenizes a note. */
  static NoteTokens of(String text) {
    return new NoteTokens(text);
  }

  private int wordEnd(int i) {
    int n = text.length();
    int j = i + 1;
    while (j < n) {
      char c = text.charAt(j);
      if (Character.isLetter(c)) {
        j++;
      } else if ((c == '\'' || c == '\u2019' || c == '-')
          && j + 1 < n
          && Character.isLetter(text.charAt(j + 1))) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  private int numberEnd(int i) {
    int n = text.length();
    int j = i + 1;
    while (j < n) {
      char c = text.charAt(j);
      if (Character.isDigit(c)) {
        j++;
      } else if ((c == '.' || c == '/' || c == '-' || c == ':' || c == ',')
          && j + 1 < n
          && Character.isDigit(text.charAt(j + 1))) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  private Shape shapeOf(int start, int end) {
    boolean firstUpper = Character.isUpperCase(text.charAt(start));
    int uppers = firstUpper ? 1 : 0;
    int letters = 1;
    for (int k = start + 1; k < end; k++) {
      char c = text.charAt(k);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          uppers++;
        }
      }
    }
    if (!firstUpper) {
      return uppers == 0 ? Shape.LOWER : Shape.MIXED;
    }
    if (uppers == 1) {
      return Shape.CAPITALISED;
    }
    return uppers == letters ? Shape.UPPER : Shape.MIXED;
  }

  private void add(int start, int end, Shape shape) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      shapes = Arrays.copyOf(shapes, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    shapes[size] = shape;
    size++;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  Shape shape(int i) {
    return shapes[i];
  }

  String text(int i) {
    return text.substring(starts[i], ends[i]);
  }

  String lower(int i) {
    return text(i).toLowerCase(Locale.ROOT);
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && shapes[i] != Shape.NUMBER && shapes[i] != Shape.PUNCT;
  }

  boolean is(int i, String punct) {
    return i >= 0 && i < size && shapes[i] == Shape.PUNCT && text.startsWith(punct, starts[i]);
  }

  /** Whether the note is written in capitals throughout (so an all-caps word may be a name). */
  boolean upperCaseNote() {
    return upperCaseNote;
  }

  /**
   * Whether only spaces or tabs (no line break) separate token {@code i} from token {@code i + 1}.
   */
  boolean sameLineGap(int i) {
    for (int k = ends[i]; k < starts[i + 1]; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r') {
        return false;
      }
    }
    return starts[i + 1] - ends[i] <= 2;
  }

  /**
   * Whether no line break lies between the end of token {@code k} and the start of token {@code i}.
   */
  boolean sameLine(int k, int i) {
    for (int c = ends[k]; c < starts[i]; c++) {
      if (text.charAt(c) == '\n' || text.charAt(c) == '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether token {@code i} begins a sentence or a line (after ". ", a line break, or at the
   * start).
   */
  boolean sentenceStart(int i) {
    if (i == 0) {
      return true;
    }
    for (int k = starts[i] - 1; k >= ends[i - 1]; k--) {
      if (text.charAt(k) == '\n') {
        return true;
      }
    }
    return shapes[i - 1] == Shape.PUNCT && ".!?:;-*•".indexOf(text.charAt(starts[i - 1])) >= 0;
  }
}
