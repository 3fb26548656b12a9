package org.medmine.apps.imaging;

/**
 * How imaging is summarised.
 *
 * @param repeatDays a study repeats an earlier one of the same patient, modality and body part
 *     started at most this many days before (default 30)
 * @param outlierIqr a CTDIvol is an outlier when above the third quartile of its protocol by this
 *     many interquartile ranges (Tukey's fences; default 1.5)
 */
public record ImagingUtilizationOptions(int repeatDays, double outlierIqr) {
  /** Repeats within 30 days, Tukey's 1.5 IQR. */
  public static ImagingUtilizationOptions defaults() {
    return new ImagingUtilizationOptions(30, 1.5);
  }
}
