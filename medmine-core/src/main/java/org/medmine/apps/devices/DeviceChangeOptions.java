package org.medmine.apps.devices;

/**
 * How a rise in resting heart rate is detected and scored.
 *
 * @param thresholdBpm how far above the personal baseline the recent mean must be (default 10)
 * @param windowDays the recent days averaged (default 3)
 * @param baselineDays the days before the recent window whose median is the baseline (default 28)
 * @param minBaselineDays the fewest baseline days with a value for a baseline to count (default 14)
 * @param horizonDays an alert is followed by an admission when one starts within this many days
 *     (default 14); after an alert no other is raised for as long
 */
public record DeviceChangeOptions(
    double thresholdBpm, int windowDays, int baselineDays, int minBaselineDays, int horizonDays) {

  public DeviceChangeOptions {
    if (thresholdBpm <= 0 || windowDays < 1 || baselineDays < minBaselineDays || horizonDays < 1) {
      throw new IllegalArgumentException(
          "threshold and horizon must be positive, the window at least a day and the baseline at"
              + " least its minimum");
    }
  }

  /** Resting heart rate up 10 bpm over 3 days against a 28-day median, 14-day horizon. */
  public static DeviceChangeOptions defaults() {
    return new DeviceChangeOptions(10, 3, 28, 14, 14);
  }
}
