package org.medmine.apps.segments;

import java.util.Comparator;
import java.util.List;

/**
 * What sets one segment apart.
 *
 * @param segment the segment number (−1 for noise: DBSCAN's and HDBSCAN's points in no dense group)
 * @param size patients in it
 * @param meanAge mean age in years
 * @param femaleShare fraction of women
 * @param encountersPerYear mean encounters per year of record
 * @param costPerYear mean encounter cost per year of record
 * @param distinctive disorders over-represented in the segment, highest prevalence ratio first
 * @param demographics the share of every sex, race and ethnicity category in the segment against
 *     the whole population, in feature then category order
 */
public record SegmentProfile(
    int segment,
    int size,
    double meanAge,
    double femaleShare,
    double encountersPerYear,
    double costPerYear,
    List<Distinctive> distinctive,
    List<CategoryShare> demographics) {

  /** A segment share at least this large, and ... */
  static final double MIN_SHARE = 0.2;

  /** ... at least this many times the population's share, sets a segment apart. */
  static final double MIN_RATIO = 1.1;

  /**
   * The demographic categories that set the segment apart: a share of at least 20% and at least 1.1
   * times the population's, highest ratio first.
   */
  public List<CategoryShare> distinctiveDemographics() {
    return distinctive(demographics);
  }

  /** The shares of {@code shares} that set a group apart, as {@link #distinctiveDemographics}. */
  static List<CategoryShare> distinctive(List<CategoryShare> shares) {
    return shares.stream()
        .filter(c -> c.share() >= MIN_SHARE && c.ratio() >= MIN_RATIO)
        .sorted(
            Comparator.comparingDouble(CategoryShare::ratio)
                .reversed()
                .thenComparing(CategoryShare::feature)
                .thenComparing(CategoryShare::category))
        .toList();
  }

  /**
   * A disorder and how much more common it is in the segment.
   *
   * @param code the SNOMED code
   * @param display its display
   * @param prevalence its prevalence in the segment
   * @param overall its prevalence in the whole population
   * @param ratio prevalence / overall
   */
  public record Distinctive(
      String code, String display, double prevalence, double overall, double ratio) {}

  /**
   * One category of a demographic feature in the segment.
   *
   * @param feature "sex", "race" or "ethnicity"
   * @param category the category, e.g. "black" or "hispanic"
   * @param share its share of the segment
   * @param overall its share of the whole population
   * @param ratio share / overall
   */
  public record CategoryShare(
      String feature, String category, double share, double overall, double ratio) {}
}
