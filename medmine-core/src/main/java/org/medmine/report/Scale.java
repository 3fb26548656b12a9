package org.medmine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A linear map from data values to pixels, with "nice" tick values (steps of 1, 2 or 5 times a
 * power of ten, as in Heckbert, "Nice numbers for graph labels", Graphics Gems, 1990).
 */
record Scale(double min, double max, double from, double to, double step) {
  /** A scale covering {@code [lo, hi]} with about {@code ticks} ticks, widened to whole steps. */
  static Scale nice(double lo, double hi, double from, double to, int ticks) {
    if (!(hi > lo)) {
      hi = lo + 1;
    }
    double step = niceStep((hi - lo) / Math.max(ticks, 1));
    double min = Math.floor(lo / step + 1e-9) * step;
    double max = Math.ceil(hi / step - 1e-9) * step;
    return new Scale(min, max, from, to, step);
  }

  /** A scale from zero for counts: like {@link #nice}, but never ticked at fractions. */
  static Scale counts(double hi, double from, double to, int ticks) {
    Scale s = nice(0, Math.max(hi, 1), from, to, ticks);
    return s.step() >= 1 ? s : new Scale(0, Math.ceil(s.max()), from, to, 1);
  }

  /**
   * A scale over exactly {@code [lo, hi]} (not widened), with about {@code ticks} nice ticks inside
   * it.
   */
  static Scale tight(double lo, double hi, double from, double to, int ticks) {
    if (!(hi > lo)) {
      return nice(lo, hi, from, to, ticks);
    }
    return new Scale(lo, hi, from, to, niceStep((hi - lo) / Math.max(ticks, 1)));
  }

  /** A scale over exactly {@code [min, max]}, ticked every {@code step}. */
  static Scale exact(double min, double max, double step, double from, double to) {
    return new Scale(min, max, from, to, step);
  }

  static double niceStep(double raw) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / magnitude;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    return nice * magnitude;
  }

  double map(double v) {
    return from + (v - min) / (max - min) * (to - from);
  }

  List<Double> ticks() {
    List<Double> t = new ArrayList<>();
    double first = Math.ceil(min / step - 1e-9) * step;
    for (int i = 0; first + i * step <= max + step * 1e-6; i++) {
      double v = first + i * step;
      t.add(Math.abs(v) < step * 1e-9 ? 0 : v);
    }
    return t;
  }

  /** A tick label: as many decimals as the step needs, or a power of ten for steps below 0.001. */
  String label(double v) {
    if (step < 1e-3) {
      return v == 0 ? "0" : String.format(Locale.ROOT, "%.1e", v);
    }
    int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
    return String.format(Locale.ROOT, decimals == 0 ? "%,.0f" : "%." + decimals + "f", v);
  }
}
