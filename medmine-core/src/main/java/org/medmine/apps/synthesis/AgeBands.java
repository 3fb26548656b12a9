package org.medmine.apps.synthesis;

/**
 * The age bands synthesis conditions on and reports by: 0-17, 18-39, 40-64, 65+ (the bands of
 * pediatric, young adult, adult and Medicare-age patients).
 */
final class AgeBands {
  private AgeBands() {}

  /** The band of an age in days. */
  static String of(int ageDays) {
    int years = ageDays / 365;
    return years < 18 ? "0-17" : years < 40 ? "18-39" : years < 65 ? "40-64" : "65+";
  }
}
