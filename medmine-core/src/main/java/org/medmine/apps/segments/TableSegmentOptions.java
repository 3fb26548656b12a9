package org.medmine.apps.segments;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link TableSegmentApp} segments: the rows of a table file, clustered as {@link
 * Segmentation.Options} say (its disorder prevalence is not used: a table has no disorders).
 *
 * @param data the table file (CSV, TSV or Parquet)
 * @param segmentation the method and its parameters
 */
public record TableSegmentOptions(
    @JsonSerialize(using = ToStringSerializer.class) Path data, Segmentation.Options segmentation) {
  public TableSegmentOptions {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(segmentation, "segmentation");
  }
}
