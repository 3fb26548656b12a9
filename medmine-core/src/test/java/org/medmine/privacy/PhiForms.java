package org.medmine.privacy;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Renders PHI values in the varied forms notes use: a date as {@code 7/22/2019}, {@code 07-22-19},
 * {@code July 22nd}, {@code 22 Jul 2019} or {@code 2019-07-22}; phone numbers with and without area
 * codes; record numbers of several shapes. Seeded by the caller's {@link Random}.
 */
final class PhiForms {
  private final Random rnd;

  PhiForms(Random rnd) {
    this.rnd = rnd;
  }

  <T> T pick(List<T> list) {
    return list.get(rnd.nextInt(list.size()));
  }

  int between(int lo, int hi) {
    return lo + rnd.nextInt(hi - lo + 1);
  }

  boolean chance(double p) {
    return rnd.nextDouble() < p;
  }

  LocalDate date() {
    return LocalDate.of(between(1998, 2024), between(1, 12), between(1, 28));
  }

  /** A full date (with a year) in one of many forms. */
  String fullDate() {
    LocalDate d = date();
    String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String mon = d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    int y = d.getYear();
    return switch (rnd.nextInt(9)) {
      case 0 -> d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + y;
      case 1 ->
          String.format(
              Locale.ROOT, "%02d/%02d/%02d", d.getMonthValue(), d.getDayOfMonth(), y % 100);
      case 2 -> String.format(Locale.ROOT, "%02d-%02d-%d", d.getMonthValue(), d.getDayOfMonth(), y);
      case 3 -> d.toString();
      case 4 -> month + " " + d.getDayOfMonth() + ", " + y;
      case 5 -> d.getDayOfMonth() + " " + mon + " " + y;
      case 6 -> mon + ". " + d.getDayOfMonth() + ", " + y;
      case 7 ->
          d.getMonthValue() + "." + d.getDayOfMonth() + "." + (y % 100 < 10 ? "0" : "") + (y % 100);
      default ->
          String.format(
              Locale.ROOT, "%02d%s%d", d.getDayOfMonth(), mon.toUpperCase(Locale.ROOT), y);
    };
  }

  /**
   * A date without a year: {@code 7/22}, {@code 07/22}, {@code July 22}, {@code Jul 22nd}, {@code
   * 22 July}.
   */
  String shortDate() {
    LocalDate d = date();
    String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String mon = d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    return switch (rnd.nextInt(6)) {
      case 0, 1 -> d.getMonthValue() + "/" + d.getDayOfMonth();
      case 2 -> String.format(Locale.ROOT, "%02d/%02d", d.getMonthValue(), d.getDayOfMonth());
      case 3 -> month + " " + d.getDayOfMonth();
      case 4 -> mon + " " + ordinal(d.getDayOfMonth());
      default -> d.getDayOfMonth() + " " + month;
    };
  }

  /** A hyphenated month and day ({@code 7-22}); templates put a date cue before it, as notes do. */
  String hyphenDate() {
    LocalDate d = date();
    return d.getMonthValue() + "-" + d.getDayOfMonth();
  }

  String ordinalDay() {
    return ordinal(between(1, 31));
  }

  static String ordinal(int day) {
    String suffix =
        day % 100 >= 11 && day % 100 <= 13
            ? "th"
            : switch (day % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return day + suffix;
  }

  String year() {
    return chance(0.15)
        ? "'" + String.format(Locale.ROOT, "%02d", between(0, 99))
        : String.valueOf(between(1965, 2024));
  }

  String holiday() {
    return pick(
        List.of(
            "Christmas",
            "Thanksgiving",
            "New Year's Day",
            "Easter",
            "Labor Day",
            "Memorial Day",
            "the Fourth of July",
            "Christmas Eve",
            "Halloween",
            "Passover",
            "Ramadan"));
  }

  String age() {
    return String.valueOf(between(90, 104));
  }

  String phone() {
    int a = between(201, 989);
    int b = between(200, 999);
    int c = between(0, 9999);
    return switch (rnd.nextInt(6)) {
      case 0 -> String.format(Locale.ROOT, "(%d) %d-%04d", a, b, c);
      case 1 -> String.format(Locale.ROOT, "%d-%d-%04d", a, b, c);
      case 2 -> String.format(Locale.ROOT, "%d.%d.%04d", a, b, c);
      case 3 -> String.format(Locale.ROOT, "%d-%04d", b, c);
      case 4 -> String.format(Locale.ROOT, "%d %d %04d", a, b, c);
      default -> String.format(Locale.ROOT, "1-%d-%d-%04d", a, b, c);
    };
  }

  String pager() {
    return chance(0.5)
        ? String.valueOf(between(10000, 99999))
        : between(1, 9) + "-" + between(1000, 9999);
  }

  String recordNumber() {
    return switch (rnd.nextInt(5)) {
      case 0 -> String.valueOf(between(1_000_000, 99_999_999));
      case 1 -> "MR" + between(100_000, 9_999_999);
      case 2 -> between(100, 999) + "-" + between(10_000, 99_999);
      case 3 ->
          String.format(
              Locale.ROOT, "%c%07d", (char) ('A' + rnd.nextInt(26)), between(0, 9_999_999));
      default -> between(10, 99) + "-" + between(100, 999) + "-" + between(100, 999);
    };
  }

  String ssn() {
    return String.format(
        Locale.ROOT, "%03d-%02d-%04d", between(100, 665), between(10, 99), between(1000, 9999));
  }

  String zip() {
    return String.format(Locale.ROOT, "0%04d", between(1000, 2799));
  }

  String ip() {
    return between(10, 223) + "." + between(0, 255) + "." + between(0, 255) + "." + between(1, 254);
  }
}
