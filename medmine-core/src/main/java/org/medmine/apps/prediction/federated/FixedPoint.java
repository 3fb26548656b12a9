package org.medmine.apps.prediction.federated;

/**
 * Real numbers as fixed-point integers modulo 2^64, the ring in which secure aggregation's masks
 * cancel exactly (Bonawitz et al., CCS 2017, work in Z_R for the same reason): a value is rounded
 * to a multiple of 2^-{@value #FRACTION_BITS}, sums wrap modulo 2^64 as Java's {@code long} does,
 * and a sum is read back as a signed number. Values whose magnitude reaches 2^{@value
 * #MAGNITUDE_BITS} are refused, so that the sum of up to 2^{@value #SITE_BITS} sites cannot wrap.
 */
public final class FixedPoint {
  /** Bits after the binary point: a resolution of about 3.7e-9. */
  public static final int FRACTION_BITS = 28;

  /** Bits of a site's largest magnitude (about 2.1e9). */
  public static final int MAGNITUDE_BITS = 31;

  /** Bits of the largest number of sites whose sum cannot wrap. */
  public static final int SITE_BITS = 63 - FRACTION_BITS - MAGNITUDE_BITS;

  private static final double SCALE = Math.scalb(1.0, FRACTION_BITS);
  private static final double LIMIT = Math.scalb(1.0, MAGNITUDE_BITS);

  private FixedPoint() {}

  /** The fixed-point encoding of {@code values}; a NaN, infinite or too large value is refused. */
  public static long[] encode(double[] values) {
    long[] out = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (!(Math.abs(v) < LIMIT)) {
        throw new IllegalArgumentException(
            "value " + v + " at position " + i + " cannot be encoded in fixed point");
      }
      out[i] = Math.round(v * SCALE);
    }
    return out;
  }

  /** The real numbers of a fixed-point sum. */
  public static double[] decode(long[] sums) {
    double[] out = new double[sums.length];
    for (int i = 0; i < sums.length; i++) {
      out[i] = sums[i] / SCALE;
    }
    return out;
  }

  /** Adds {@code b} to {@code a} in place, modulo 2^64. */
  public static void addInto(long[] a, long[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length + " values");
    }
    for (int i = 0; i < a.length; i++) {
      a[i] += b[i];
    }
  }
}
