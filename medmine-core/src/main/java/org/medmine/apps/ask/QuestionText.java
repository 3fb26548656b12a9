package org.medmine.apps.ask;

import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question's text as the parser reads it: lower case, punctuation other than hyphens, plus signs
 * and slashes turned into spaces; each slot the parser recognises is taken out ({@link #take}), so
 * that what is left names the clinical concept, or is a word the parser does not understand.
 */
final class QuestionText {
  private String text;

  QuestionText(String question) {
    String t = question.toLowerCase(Locale.ROOT).replace('’', '\'');
    t = t.replaceAll("[?!.,;:\"()]", " ").replaceAll("'s\\b", "").replace('\'', ' ');
    this.text = " " + t.replaceAll("\\s+", " ").strip() + " ";
  }

  /** The first match of {@code p}, taken out of the text; null when there is none. */
  MatchResult take(Pattern p) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      return null;
    }
    MatchResult r = m.toMatchResult();
    text = text.substring(0, m.start()) + " " + text.substring(m.end());
    text = text.replaceAll("\\s+", " ");
    return r;
  }

  /** Whether {@code p} matches, without taking anything. */
  boolean has(Pattern p) {
    return p.matcher(text).find();
  }

  /** What is left. */
  String rest() {
    return text.strip();
  }
}
