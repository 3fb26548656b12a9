package org.medmine.apps.ask;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A time window of a question, half open: events on or after {@code from} and before {@code until}
 * (either end may be null: unbounded), read from the phrase the question wrote relative to the
 * reference date (the last day of the data, or the {@code --as-of} date), so that an answer is
 * reproducible. The rules ({@link #take}): "last year", "last month", "last week" are the previous
 * calendar year, month and ISO week; "the past year", "the last 12 months", "the past 30 days" are
 * the rolling periods ending on the reference day; "this year" and "this month" run from their
 * first day to the reference day; "since March" starts on the most recent 1 March not after the
 * reference day, "since 2018" on 1 January 2018; "in 2020", "in March 2020", "between 2015 and
 * 2018" (both years whole), "before 2010" and "after 2010" (from 1 January 2011) are absolute.
 *
 * @param from the first day in the window, or null
 * @param until the first day after the window, or null
 * @param phrase the words the question used
 */
public record TimeWindow(LocalDate from, LocalDate until, String phrase) {
  private static final String MONTHS =
      "(january|february|march|april|may|june|july|august|september|october|november|december)";
  private static final String YEAR = "((?:19|20)\\d\\d)";
  private static final String NUMBER =
      "(\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
  private static final Pattern ROLLING =
      Pattern.compile(
          "\\b(?:in |during |over |within )?(?:the )?(?:last|past|previous|prior) "
              + NUMBER
              + " (day|week|month|year)s?\\b");
  private static final Pattern ROLLING_ONE =
      Pattern.compile(
          "\\b(?:in |during |over |within )?the (?:last|past|previous|prior) (day|week|month|year)\\b"
              + "|\\b(?:in |during |over |within )?(?:the )?past (day|week|month|year)\\b");
  private static final Pattern CALENDAR_LAST =
      Pattern.compile("\\b(?:in |during )?(?:last|previous) (year|month|week)\\b");
  private static final Pattern THIS =
      Pattern.compile(
          "\\b(?:so far )?(?:in |during )?this (year|month)(?: so far)?\\b|\\b(ytd|year to date)\\b");
  private static final Pattern SINCE_MONTH =
      Pattern.compile("\\bsince " + MONTHS + "(?: " + YEAR + ")?\\b");
  private static final Pattern SINCE_YEAR = Pattern.compile("\\bsince (?:the start of )?" + YEAR);
  private static final Pattern IN_MONTH =
      Pattern.compile("\\b(?:in |during )?" + MONTHS + " (?:of )?" + YEAR + "\\b");
  private static final Pattern BETWEEN =
      Pattern.compile(
          "\\b(?:between|from) (?:the years )?" + YEAR + " (?:and|to|through|until) " + YEAR);
  private static final Pattern BEFORE = Pattern.compile("\\b(?:before|prior to) " + YEAR);
  private static final Pattern AFTER = Pattern.compile("\\bafter " + YEAR);
  private static final Pattern IN_YEAR =
      Pattern.compile("\\b(?:in|during|for) (?:the year |the calendar year )?" + YEAR + "\\b");
  static final Pattern VAGUE = Pattern.compile("\\b(recently|recent|lately|nowadays|currently)\\b");

  /**
   * The window a question's text names, taking its words out of {@code text}; null when it names
   * none.
   */
  static TimeWindow take(QuestionText text, LocalDate reference) {
    LocalDate next = reference.plusDays(1);
    MatchResult m;
    if ((m = text.take(ROLLING)) != null) {
      int n = number(m.group(1));
      LocalDate from = minus(next, n, m.group(2));
      return new TimeWindow(from, next, m.group().strip());
    }
    if ((m = text.take(ROLLING_ONE)) != null) {
      String unit = m.group(1) != null ? m.group(1) : m.group(2);
      return new TimeWindow(minus(next, 1, unit), next, m.group().strip());
    }
    if ((m = text.take(CALENDAR_LAST)) != null) {
      return calendarLast(m.group(1), reference, m.group().strip());
    }
    if ((m = text.take(THIS)) != null) {
      boolean month = "month".equals(m.group(1));
      LocalDate from = month ? reference.withDayOfMonth(1) : reference.withDayOfYear(1);
      return new TimeWindow(from, next, m.group().strip());
    }
    if ((m = text.take(BETWEEN)) != null) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      return new TimeWindow(
          LocalDate.of(Math.min(a, b), 1, 1),
          LocalDate.of(Math.max(a, b) + 1, 1, 1),
          m.group().strip());
    }
    return absolute(text, reference, next);
  }

  private static TimeWindow absolute(QuestionText text, LocalDate reference, LocalDate next) {
    MatchResult m;
    if ((m = text.take(SINCE_MONTH)) != null) {
      Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      LocalDate from =
          m.group(2) != null
              ? LocalDate.of(Integer.parseInt(m.group(2)), month, 1)
              : LocalDate.of(reference.getYear(), month, 1);
      if (m.group(2) == null && from.isAfter(reference)) {
        from = from.minusYears(1);
      }
      return new TimeWindow(from, next, m.group().strip());
    }
    if ((m = text.take(SINCE_YEAR)) != null) {
      return new TimeWindow(
          LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), next, m.group().strip());
    }
    if ((m = text.take(IN_MONTH)) != null) {
      Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      LocalDate from = LocalDate.of(Integer.parseInt(m.group(2)), month, 1);
      return new TimeWindow(from, from.plusMonths(1), m.group().strip());
    }
    if ((m = text.take(BEFORE)) != null) {
      return new TimeWindow(
          null, LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), m.group().strip());
    }
    if ((m = text.take(AFTER)) != null) {
      return new TimeWindow(
          LocalDate.of(Integer.parseInt(m.group(1)) + 1, 1, 1), next, m.group().strip());
    }
    if ((m = text.take(IN_YEAR)) != null) {
      LocalDate from = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
      return new TimeWindow(from, from.plusYears(1), m.group().strip());
    }
    return null;
  }

  private static TimeWindow calendarLast(String unit, LocalDate reference, String phrase) {
    return switch (unit) {
      case "year" -> {
        LocalDate from = LocalDate.of(reference.getYear() - 1, 1, 1);
        yield new TimeWindow(from, from.plusYears(1), phrase);
      }
      case "month" -> {
        LocalDate from = reference.withDayOfMonth(1).minusMonths(1);
        yield new TimeWindow(from, from.plusMonths(1), phrase);
      }
      default -> {
        LocalDate monday = reference.minusDays(reference.getDayOfWeek().getValue() - 1L);
        LocalDate from = monday.minusWeeks(1);
        yield new TimeWindow(from, from.plusWeeks(1), phrase);
      }
    };
  }

  private static LocalDate minus(LocalDate next, int n, String unit) {
    return switch (unit) {
      case "day" -> next.minusDays(n);
      case "week" -> next.minusWeeks(n);
      case "month" -> next.minusMonths(n);
      default -> next.minusYears(n);
    };
  }

  /** A small number written in digits or words ("a" is one). */
  static int number(String word) {
    String[] words = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve"
    };
    for (int i = 0; i < words.length; i++) {
      if (words[i].equals(word)) {
        return i;
      }
    }
    return "a".equals(word) ? 1 : Integer.parseInt(word);
  }

  /** The window as the interpretation shows it ("2025-01-01 to 2025-12-31"). */
  public String describe() {
    String a = from == null ? "the beginning of the data" : from.toString();
    String b = until == null ? "the end of the data" : until.minusDays(1).toString();
    return a + " to " + b + " (\"" + phrase + "\")";
  }

  /** The SQL condition that {@code timeExpr} (a timestamp) falls in the window. */
  String sql(String timeExpr) {
    StringBuilder out = new StringBuilder();
    if (from != null) {
      out.append(timeExpr).append(" >= DATE '").append(from).append("'");
    }
    if (until != null) {
      out.append(from != null ? " AND " : "")
          .append(timeExpr)
          .append(" < DATE '")
          .append(until)
          .append("'");
    }
    return out.toString();
  }
}
