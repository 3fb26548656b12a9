package org.medmine.report;

/**
 * How wide a text is drawn, estimated without a browser so charts can lay out their labels on the
 * server: the advance widths of DejaVu Sans (the sans-serif font of Debian and most Linux
 * desktops), in thousandths of the font size, for printable ASCII; other characters count as 0.7
 * em, and ellipses, dashes and wide scripts as 1 em. DejaVu Sans is wider than Helvetica, Arial,
 * Segoe UI and San Francisco, so a label that fits by this estimate fits where the report is
 * opened. Estimates, not measurements: ReportRenderIT measures the real layout in Chromium.
 */
final class TextWidth {
  /** Advance widths of ' ' (32) to '~' (126), in 1/1000 em. */
  private static final int[] ASCII = {
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, // space to /
    636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, // 0 to ?
    1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, // @ to O
    603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, // P to _
    500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, // ` to o
    635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838 // p to ~
  };

  private static final String ELLIPSIS = "…";

  private TextWidth() {}

  /** The width in pixels of {@code text} at {@code fontSize} pixels. */
  static double of(String text, double fontSize) {
    double em = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      em += emOf(cp);
      i += Character.charCount(cp);
    }
    return em * fontSize;
  }

  private static double emOf(int cp) {
    if (cp >= 32 && cp <= 126) {
      return ASCII[cp - 32] / 1000.0;
    }
    if (cp == '…'
        || cp == '—'
        || cp == '–'
        || Character.isIdeographic(cp)
        || cp >= 0x1100 && cp <= 0x115F) {
      return 1.0;
    }
    return 0.7;
  }

  /**
   * {@code text} whole when it fits in {@code maxWidth} pixels, else cut and ended with an ellipsis
   * so it does.
   */
  static String fit(String text, double fontSize, double maxWidth) {
    String t = text == null ? "" : text;
    if (of(t, fontSize) <= maxWidth) {
      return t;
    }
    double room = maxWidth - of(ELLIPSIS, fontSize);
    int end = 0;
    double used = 0;
    while (end < t.length()) {
      int cp = t.codePointAt(end);
      double w = emOf(cp) * fontSize;
      if (used + w > room) {
        break;
      }
      used += w;
      end += Character.charCount(cp);
    }
    return t.substring(0, end).stripTrailing() + ELLIPSIS;
  }
}
