package org.medmine.mining.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the words of a trigger phrase match the words of a sentence: literally, or through the
 * placeholders {@code <n>} (any number, in digits or as a word: {@code 3}, {@code three}, {@code
 * several}), {@code <n3>} (a number of at least three), {@code <year>} (1900-2099) and {@code
 * <age>} (a whole number of 1 to 110 written in digits, as in "diagnosed at 16"), as ConText's time
 * expressions need them ("<n> years ago"; Harkema et al. 2009). A decade ("1990s") is a year and
 * the word {@code s}, as the tokenizer splits it.
 */
final class PhrasePattern {
  private static final Map<String, Integer> NUMBER_WORDS = numberWords();

  private PhrasePattern() {}

  /** The index keys a sentence word can match: itself and the placeholders it fills. */
  static List<String> keysFor(String word) {
    Integer n = number(word);
    if (n == null) {
      return List.of(word);
    }
    List<String> keys = new ArrayList<>(List.of(word, "<n>"));
    if (n >= 3) {
      keys.add("<n3>");
    }
    if (n >= 1900 && n <= 2099) {
      keys.add("<year>");
    }
    if (isAge(word)) {
      keys.add("<age>");
    }
    return keys;
  }

  static boolean matches(List<String> pattern, List<String> words, int at) {
    for (int k = 0; k < pattern.size(); k++) {
      String p = pattern.get(k);
      String w = words.get(at + k);
      boolean ok =
          switch (p) {
            case "<n>" -> number(w) != null;
            case "<n3>" -> number(w) != null && number(w) >= 3;
            case "<year>" -> number(w) != null && number(w) >= 1900 && number(w) <= 2099;
            case "<age>" -> isAge(w);
            default -> p.equals(w);
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word is an age in years as notes write it: 1 to 110 in digits ("at 16"). */
  static boolean isAge(String w) {
    Integer n = number(w);
    return n != null && n >= 1 && n <= 110 && Character.isDigit(w.charAt(0));
  }

  /**
   * The value of a number written in digits or as a word ({@code three}, {@code several}), else
   * null.
   */
  static Integer number(String w) {
    if (w.isEmpty() || w.length() > 8) {
      return null;
    }
    if (Character.isDigit(w.charAt(0))) {
      for (int i = 1; i < w.length(); i++) {
        if (!Character.isDigit(w.charAt(i))) {
          return null;
        }
      }
      return w.length() <= 4 ? Integer.parseInt(w) : null;
    }
    return NUMBER_WORDS.get(w);
  }

  private static Map<String, Integer> numberWords() {
    String[] words = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve"
    };
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < words.length; i++) {
      m.put(words[i], i);
    }
    m.put("a", 1);
    m.put("few", 3);
    m.put("several", 3);
    m.put("many", 10);
    m.put("multiple", 3);
    m.put("couple", 2);
    return m;
  }
}
