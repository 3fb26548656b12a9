package org.medmine.mining.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits clinical text into tokens. Clinical abbreviations written with periods or slashes ({@code
 * y.o.}, {@code s/p}, {@code h/o}, {@code c/o}, {@code r/o}, {@code b.i.d.}, {@code Dr.}, {@code
 * f/c/n/v}) stay one token, so that neither the sentence splitter nor a trigger sees a stray period
 * or slash; the list is the resource {@code abbreviations.txt}. Words split at hyphens ({@code
 * non-tender} is {@code non}, {@code -}, {@code tender}, the hyphen a {@link Token.Kind#JOINER});
 * numbers keep decimals and ratios ({@code 39.2}, {@code 152/94}, {@code 5/5}). A single capital
 * letter followed by a period ({@code C. difficile}) is an initial, one token. Instances are
 * immutable and thread-safe.
 */
public final class ClinicalTokenizer {
  /** Abbreviations by their first letter, longest first. */
  private final Map<Character, List<String>> abbreviations;

  private ClinicalTokenizer(Map<Character, List<String>> abbreviations) {
    this.abbreviations = abbreviations;
  }

  /** The tokenizer with the shipped abbreviation list. */
  public static ClinicalTokenizer standard() {
    return Holder.STANDARD;
  }

  /**
   * A tokenizer with the given abbreviations (lower case; matched case-insensitively, longest
   * first).
   */
  public static ClinicalTokenizer withAbbreviations(List<String> abbreviations) {
    List<String> sorted =
        abbreviations.stream()
            .map(a -> a.toLowerCase(Locale.ROOT))
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    Map<Character, List<String>> byFirst = new HashMap<>();
    for (String a : sorted) {
      byFirst.computeIfAbsent(a.charAt(0), k -> new ArrayList<>()).add(a);
    }
    return new ClinicalTokenizer(byFirst);
  }

  /** The tokens of the whole text. */
  public List<Token> tokenize(String text) {
    return tokenize(text, 0, text.length());
  }

  /** The tokens of {@code text} between {@code from} (inclusive) and {@code to} (exclusive). */
  public List<Token> tokenize(String text, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int end = abbreviationEnd(text, i, to);
      Token.Kind kind = Token.Kind.WORD;
      if (end < 0 && Character.isDigit(c)) {
        end = numberEnd(text, i, to);
        kind = Token.Kind.NUMBER;
      } else if (end < 0 && Character.isLetter(c)) {
        end = wordEnd(text, i, to);
      } else if (end < 0) {
        end = i + 1;
        kind = c == '-' || c == '/' || c == '\'' ? Token.Kind.JOINER : Token.Kind.PUNCTUATION;
      }
      String t = text.substring(i, end);
      tokens.add(new Token(t, t.toLowerCase(Locale.ROOT), i, end, kind));
      i = end;
    }
    return tokens;
  }

  private int abbreviationEnd(String text, int i, int to) {
    if (!Character.isLetter(text.charAt(i))
        || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
      return -1;
    }
    for (String a : abbreviations.getOrDefault(Character.toLowerCase(text.charAt(i)), List.of())) {
      int end = i + a.length();
      if (end <= to
          && text.regionMatches(true, i, a, 0, a.length())
          && (end == to || !Character.isLetterOrDigit(text.charAt(end)) || a.endsWith("/"))) {
        return end;
      }
    }
    // An initial: one capital letter and a period, followed by a space and a lower-case word (C.
    // difficile).
    if (Character.isUpperCase(text.charAt(i))
        && i + 3 < to
        && text.charAt(i + 1) == '.'
        && text.charAt(i + 2) == ' '
        && Character.isLowerCase(text.charAt(i + 3))) {
      return i + 2;
    }
    return -1;
  }

  private static int wordEnd(String text, int i, int to) {
    int j = i;
    while (j < to
        && (Character.isLetterOrDigit(text.charAt(j))
            || (text.charAt(j) == '\''
                && j + 1 < to
                && Character.isLetter(text.charAt(j + 1))
                && j > i))) {
      j++;
    }
    return j;
  }

  private static int numberEnd(String text, int i, int to) {
    int j = i;
    while (j < to) {
      char c = text.charAt(j);
      boolean joinsDigits =
          (c == '.' || c == '/' || c == ',' || c == ':')
              && j + 1 < to
              && Character.isDigit(text.charAt(j + 1))
              && j > i;
      if (Character.isDigit(c) || joinsDigits) {
        j++;
      } else {
        break;
      }
    }
    if (j < to && text.charAt(j) == '+') {
      j++;
    }
    return j;
  }

  private static final class Holder {
    static final ClinicalTokenizer STANDARD = withAbbreviations(readLines("abbreviations.txt"));
  }

  /** The non-blank, non-comment lines of a resource of this package. */
  static List<String> readLines(String resource) {
    try (InputStream in = ClinicalTokenizer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/medmine/mining/nlp/" + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
