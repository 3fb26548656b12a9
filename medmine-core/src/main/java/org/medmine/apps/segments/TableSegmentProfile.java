package org.medmine.apps.segments;

import java.util.Comparator;
import java.util.List;

/**
 * What sets one segment of a table's rows apart.
 *
 * @param segment the segment number (−1 for noise)
 * @param size rows in it
 * @param means every numeric column's mean in the segment against the whole table
 * @param categories the share of every category of every categorical column, against the whole
 */
public record TableSegmentProfile(
    int segment, int size, List<ColumnMean> means, List<SegmentProfile.CategoryShare> categories) {

  /**
   * The numeric columns whose segment mean lies at least half an overall standard deviation from
   * the overall mean, furthest first.
   */
  public List<ColumnMean> distinctiveMeans() {
    return means.stream()
        .filter(c -> Math.abs(c.difference()) >= TableSegments.MIN_DIFFERENCE)
        .sorted(
            Comparator.comparingDouble((ColumnMean c) -> -Math.abs(c.difference()))
                .thenComparing(ColumnMean::column))
        .toList();
  }

  /**
   * The categories that set the segment apart, by the rule of the warehouse segments ({@link
   * SegmentProfile#distinctiveDemographics}): a share of at least 20% and at least 1.1 times the
   * table's share, highest ratio first.
   */
  public List<SegmentProfile.CategoryShare> distinctiveCategories() {
    return SegmentProfile.distinctive(categories);
  }

  /**
   * A numeric column's mean in one segment.
   *
   * @param column the column
   * @param mean its mean in the segment (missing values counted as the column's median)
   * @param overall its mean over the table
   * @param difference (mean − overall) / the table's standard deviation of the column
   */
  public record ColumnMean(String column, double mean, double overall, double difference) {}
}
