package org.medmine.mining.timeseries;

import java.util.List;

/**
 * A series of counts whose outbreaks are known (simulated, or labelled by epidemiologists), for
 * measuring and calibrating detectors.
 *
 * @param name an identifier (scenario and replicate)
 * @param counts one count per period
 * @param outbreaks the outbreaks, in any order; they may overlap
 */
public record LabelledSeries(String name, double[] counts, List<Outbreak> outbreaks) {

  /**
   * One outbreak: periods {@code start} .. {@code start + length - 1}.
   *
   * @param start index of its first period
   * @param length number of periods it lasts
   */
  public record Outbreak(int start, int length) {
    public Outbreak {
      if (start < 0 || length < 1) {
        throw new IllegalArgumentException(
            "an outbreak starts at a period index >= 0 and lasts at least one period");
      }
    }

    public int end() {
      return start + length;
    }
  }

  /** Whether each period lies in an outbreak. */
  public boolean[] outbreakPeriods() {
    boolean[] f = new boolean[counts.length];
    for (Outbreak o : outbreaks) {
      for (int t = o.start(); t < Math.min(o.end(), f.length); t++) {
        f[t] = true;
      }
    }
    return f;
  }
}
