package org.medmine.apps.segments;

import java.util.List;

/**
 * What sets one segment apart.
 *
 * @param segment the segment number (−1 for DBSCAN's noise)
 * @param size patients in it
 * @param meanAge mean age in years
 * @param femaleShare fraction of women
 * @param encountersPerYear mean encounters per year of record
 * @param costPerYear mean encounter cost per year of record
 * @param distinctive disorders over-represented in the segment, highest prevalence ratio first
 */
public record SegmentProfile(
    int segment, int size, double meanAge, double femaleShare, double encountersPerYear, double costPerYear,
    List<Distinctive> distinctive) {

  /**
   * A disorder and how much more common it is in the segment.
   *
   * @param code the SNOMED code
   * @param display its display
   * @param prevalence its prevalence in the segment
   * @param overall its prevalence in the whole population
   * @param ratio prevalence / overall
   */
  public record Distinctive(String code, String display, double prevalence, double overall, double ratio) {}
}
