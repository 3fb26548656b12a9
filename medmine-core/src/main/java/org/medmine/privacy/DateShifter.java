package org.medmine.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shifts a date found in a note by a number of days and writes it back in the form it was written
 * in ({@code 7/22/2019}, {@code 07-22-19}, {@code July 22}, {@code 22 Jul 2019}, {@code
 * 2019-07-22}, a year alone). A date without a year is shifted within a common year; a year alone
 * or a month and year moves with the middle of its period. Forms that cannot be shifted (an ordinal
 * day alone, a holiday) give empty, and the caller tags them.
 */
final class DateShifter {
  private static final Pattern NUMERIC =
      Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?");
  private static final Pattern ISO = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})(.*)");
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "([A-Za-z]+)(\\.?[ -]?)(\\d{1,2})(st|nd|rd|th|ST|ND|RD|TH)?(?:(,?[ -]?)(\\d{4}|'\\d{2}))?");
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "(\\d{1,2})(st|nd|rd|th|ST|ND|RD|TH)?([ -]?(?:of )?)([A-Za-z]+)(\\.?)(?:(,?[ -]?)(\\d{4}|'?\\d{2}))?");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("([A-Za-z]+)(\\.?,?[ -]?(?:of )?)(\\d{4}|'\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(')?(\\d{2}|\\d{4})(s)?");

  private DateShifter() {}

  /**
   * The date {@code written} shifted by {@code days}, in its own form; empty when it cannot be
   * shifted.
   */
  static Optional<String> shift(String written, int days) {
    try {
      return Optional.ofNullable(shifted(written.strip(), days));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String shifted(String w, int days) {
    String numeric = numericShifted(w, days);
    if (numeric != null) {
      return numeric;
    }
    String named = monthNameShifted(w, days);
    return named != null ? named : yearShifted(w, days);
  }

  /**
   * An all-digit date (ISO "2019-07-22", or month first "7/22/19"), shifted; null when {@code w} is
   * neither.
   */
  private static String numericShifted(String w, int days) {
    Matcher m = ISO.matcher(w);
    if (m.matches()) {
      LocalDate d =
          LocalDate.of(
                  Integer.parseInt(m.group(1)),
                  Integer.parseInt(m.group(3)),
                  Integer.parseInt(m.group(4)))
              .plusDays(days);
      String sep = m.group(2);
      boolean padded =
          m.group(3).startsWith("0")
              || m.group(4).startsWith("0")
              || m.group(3).length() + m.group(4).length() == 4;
      return d.getYear()
          + sep
          + pad(d.getMonthValue(), padded)
          + sep
          + pad(d.getDayOfMonth(), padded)
          + m.group(5);
    }
    m = NUMERIC.matcher(w);
    if (m.matches()) {
      String y = m.group(4);
      LocalDate d =
          LocalDate.of(year(y), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)))
              .plusDays(days);
      String sep = m.group(2);
      boolean padded = m.group(1).startsWith("0") || m.group(3).startsWith("0");
      return pad(d.getMonthValue(), padded)
          + sep
          + pad(d.getDayOfMonth(), padded)
          + (y == null
              ? ""
              : sep
                  + (y.length() == 2
                      ? String.format(Locale.ROOT, "%02d", d.getYear() % 100)
                      : d.getYear()));
    }
    return null;
  }

  /**
   * A date with the month's name ("July 22nd, 2019", "22 Jul", "July 2019"), shifted; null when
   * {@code w} is none.
   */
  private static String monthNameShifted(String w, int days) {
    Matcher m = MONTH_FIRST.matcher(w);
    if (m.matches() && month(m.group(1)) != null) {
      String y = m.group(6);
      LocalDate d =
          LocalDate.of(year(y), month(m.group(1)), Integer.parseInt(m.group(3))).plusDays(days);
      return monthName(d.getMonth(), m.group(1))
          + m.group(2)
          + d.getDayOfMonth()
          + (m.group(4) == null ? "" : suffix(d.getDayOfMonth(), m.group(4)))
          + (y == null ? "" : m.group(5) + yearText(d, y));
    }
    m = DAY_FIRST.matcher(w);
    if (m.matches() && month(m.group(4)) != null) {
      String y = m.group(7);
      LocalDate d =
          LocalDate.of(year(y), month(m.group(4)), Integer.parseInt(m.group(1))).plusDays(days);
      return d.getDayOfMonth()
          + (m.group(2) == null ? "" : suffix(d.getDayOfMonth(), m.group(2)))
          + m.group(3)
          + monthName(d.getMonth(), m.group(4))
          + m.group(5)
          + (y == null ? "" : m.group(6) + yearText(d, y));
    }
    m = MONTH_YEAR.matcher(w);
    if (m.matches() && month(m.group(1)) != null) {
      LocalDate d = LocalDate.of(year(m.group(3)), month(m.group(1)), 15).plusDays(days);
      return monthName(d.getMonth(), m.group(1)) + m.group(2) + yearText(d, m.group(3));
    }
    return null;
  }

  /**
   * A year alone ("2019", "'19", "1990s"), shifted from its middle; null when {@code w} is none.
   */
  private static String yearShifted(String w, int days) {
    Matcher m = YEAR.matcher(w);
    if (m.matches() && (m.group(1) != null || m.group(2).length() == 4)) {
      LocalDate d =
          LocalDate.of(year((m.group(1) == null ? "" : "'") + m.group(2)), 7, 1).plusDays(days);
      return (m.group(1) == null ? "" : "'")
          + yearText(d, m.group(2)).replace("'", "")
          + (m.group(3) == null ? "" : "s");
    }
    return null;
  }

  /**
   * The year written, or a common year (2001) when none is: a shift then never meets a 29 February.
   */
  private static int year(String y) {
    if (y == null) {
      return 2001;
    }
    String digits = y.replace("'", "");
    int n = Integer.parseInt(digits);
    return digits.length() == 4 ? n : n < 40 ? 2000 + n : 1900 + n;
  }

  private static String yearText(LocalDate d, String written) {
    String digits = written.replace("'", "");
    String year =
        digits.length() == 4
            ? String.valueOf(d.getYear())
            : String.format(Locale.ROOT, "%02d", d.getYear() % 100);
    return written.startsWith("'") ? "'" + year : year;
  }

  private static Month month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (Month mo : Month.values()) {
      String full = mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (n.length() >= 3 && full.startsWith(n) || n.equals("sept") && mo == Month.SEPTEMBER) {
        return mo;
      }
    }
    return null;
  }

  /** The month's name in the length and case of the name written. */
  private static String monthName(Month mo, String written) {
    String full = mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    boolean abbreviated =
        written.length() <= 4
            && !Set.of("may", "june", "july").contains(written.toLowerCase(Locale.ROOT));
    String name = abbreviated ? full.substring(0, 3) : full;
    if (written.equals(written.toUpperCase(Locale.ROOT))) {
      return name.toUpperCase(Locale.ROOT);
    }
    return Character.isLowerCase(written.charAt(0)) ? name.toLowerCase(Locale.ROOT) : name;
  }

  /** A month or day with a leading zero when the date was written with one ("07/22"). */
  private static String pad(int value, boolean padded) {
    return padded && value < 10 ? "0" + value : String.valueOf(value);
  }

  private static String suffix(int day, String written) {
    String s = ordinalSuffix(day);
    return Character.isUpperCase(written.charAt(0)) ? s.toUpperCase(Locale.ROOT) : s;
  }

  private static String ordinalSuffix(int day) {
    if (day % 100 >= 11 && day % 100 <= 13) {
      return "th";
    }
    return switch (day % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }
}
