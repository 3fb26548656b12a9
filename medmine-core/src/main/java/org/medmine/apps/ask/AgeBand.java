package org.medmine.apps.ask;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * An age band of a question, in completed years ({@link org.medmine.cohort.Age}) at the reference
 * date, both ends inclusive (null: unbounded). The rules ({@link #take}): "over 65", "older than
 * 65", "above 65" mean 66 and older (strictly over); "65 and over", "65 or older", "65+", "at least
 * 65", "aged 65 and up" mean 65 and older; "under 18", "younger than 18", "below 18" mean 17 and
 * younger; "aged 18-44", "between 18 and 44", "18 to 44 year olds" include both ends; "children"
 * and "kids" are 0-17, "adults" 18 and older, "elderly", "seniors" and "older adults" 65 and older.
 *
 * @param min the youngest age in the band, or null
 * @param max the oldest age in the band, or null
 * @param phrase the words the question used
 */
public record AgeBand(Integer min, Integer max, String phrase) {
  private static final String AGE = "(\\d{1,3})";
  private static final Pattern RANGE =
      Pattern.compile(
          "\\b(?:(?:aged|ages|age) (?:between )?|between (?:the ages of |ages )?)"
              + AGE
              + " ?(?:-|to|and) ?"
              + AGE
              + "(?: years?(?: old)?| year olds?)?\\b"
              + "|\\b"
              + AGE
              + " ?(?:-|to) ?"
              + AGE
              + " ?(?:years? old|year olds?|yo)\\b");
  private static final Pattern AT_LEAST =
      Pattern.compile(
          "\\b(?:aged |age )?"
              + AGE
              + "(?: years?(?: old)?)? ?(?:\\+|and over|or over|and older|or older|and above|or above|and up)"
              + "|\\bat least "
              + AGE
              + "(?: years?(?: old)?)?");
  private static final Pattern OVER =
      Pattern.compile(
          "\\b(?:aged |who are |who were )?(?:over|older than|above|more than) (?:the age of |age )?"
              + AGE
              + "(?: years?(?: old)?| years? of age)?\\b");
  private static final Pattern UNDER =
      Pattern.compile(
          "\\b(?:aged |who are |who were )?(?:under|younger than|below|less than) (?:the age of |age )?"
              + AGE
              + "(?: years?(?: old)?| years? of age)?\\b");
  private static final Pattern CHILDREN =
      Pattern.compile("\\b(children|child|kids|pediatric|paediatric|minors)\\b");
  private static final Pattern ELDERLY =
      Pattern.compile("\\b(elderly|seniors|older adults|geriatric)(?: patients| people)?\\b");
  private static final Pattern ADULTS = Pattern.compile("\\badults?\\b");

  /** The band a question's text names, taking its words out; null when it names none. */
  static AgeBand take(QuestionText text) {
    MatchResult m;
    if ((m = text.take(RANGE)) != null) {
      int a = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
      int b = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
      return new AgeBand(Math.min(a, b), Math.max(a, b), m.group().strip());
    }
    if ((m = text.take(AT_LEAST)) != null) {
      int a = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
      return new AgeBand(a, null, m.group().strip());
    }
    if ((m = text.take(OVER)) != null) {
      return new AgeBand(Integer.parseInt(m.group(1)) + 1, null, m.group().strip());
    }
    if ((m = text.take(UNDER)) != null) {
      return new AgeBand(null, Integer.parseInt(m.group(1)) - 1, m.group().strip());
    }
    if ((m = text.take(CHILDREN)) != null) {
      return new AgeBand(0, 17, m.group().strip());
    }
    if ((m = text.take(ELDERLY)) != null) {
      return new AgeBand(65, null, m.group().strip());
    }
    if ((m = text.take(ADULTS)) != null) {
      return new AgeBand(18, null, m.group().strip());
    }
    return null;
  }

  /** The SQL condition that the age expression {@code ageExpr} is in the band. */
  String sql(String ageExpr) {
    if (min != null && max != null) {
      return ageExpr + " BETWEEN " + min + " AND " + max;
    }
    return min != null ? ageExpr + " >= " + min : ageExpr + " <= " + max;
  }

  /** The band as the interpretation shows it ("66 and older"). */
  public String describe() {
    String band =
        min != null && max != null
            ? min + " to " + max
            : min != null ? min + " and older" : max + " and younger";
    return band + " (\"" + phrase + "\")";
  }
}
