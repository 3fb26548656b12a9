package org.medmine.mining.nlp;

import java.util.Optional;

/**
 * The depression and anxiety screening instruments whose total scores medmine reads from
 * observations, by LOINC code, with their published severity bands: PHQ-9 (Kroenke, Spitzer and
 * Williams 2001, J Gen Intern Med 16:606-613: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19
 * moderately severe, 20-27 severe), its adolescent form PHQ-A, PHQ-2 (Kroenke et al. 2003: 3 or
 * more is a positive screen) and GAD-7 (Spitzer et al. 2006, Arch Intern Med 166:1092-1097: 0-4
 * minimal, 5-9 mild, 10-14 moderate, 15-21 severe).
 */
public enum ScreeningInstrument {
  PHQ9(
      "44261-6",
      MentalHealthMarker.DEPRESSION,
      27,
      new int[] {5, 10, 15, 20},
      new String[] {"minimal", "mild", "moderate", "moderately severe", "severe"}),
  PHQ9_ADOLESCENT(
      "89204-2",
      MentalHealthMarker.DEPRESSION,
      27,
      new int[] {5, 10, 15, 20},
      new String[] {"minimal", "mild", "moderate", "moderately severe", "severe"}),
  PHQ2(
      "55758-7",
      MentalHealthMarker.DEPRESSION,
      6,
      new int[] {3},
      new String[] {"negative", "positive"}),
  GAD7(
      "70274-6",
      MentalHealthMarker.ANXIETY,
      21,
      new int[] {5, 10, 15},
      new String[] {"minimal", "mild", "moderate", "severe"});

  private final String loinc;
  private final MentalHealthMarker marker;
  private final int maximum;
  private final int[] bandStarts;
  private final String[] bands;

  ScreeningInstrument(
      String loinc, MentalHealthMarker marker, int maximum, int[] bandStarts, String[] bands) {
    this.loinc = loinc;
    this.marker = marker;
    this.maximum = maximum;
    this.bandStarts = bandStarts;
    this.bands = bands;
  }

  public String loinc() {
    return loinc;
  }

  public MentalHealthMarker marker() {
    return marker;
  }

  /** The instrument whose total score has this LOINC code. */
  public static Optional<ScreeningInstrument> ofLoinc(String code) {
    for (ScreeningInstrument i : values()) {
      if (i.loinc.equals(code)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * The severity band of a total score.
   *
   * @throws IllegalArgumentException for a score outside 0..maximum (not a valid total of this
   *     instrument)
   */
  public String severity(double score) {
    if (score < 0 || score > maximum || score != Math.rint(score)) {
      throw new IllegalArgumentException(
          name() + " totals are whole numbers from 0 to " + maximum + ", not " + score);
    }
    int band = 0;
    while (band < bandStarts.length && score >= bandStarts[band]) {
      band++;
    }
    return bands[band];
  }

  /**
   * Whether a total score is at least moderate (PHQ-9, GAD-7: 10 or more) or a positive PHQ-2
   * screen.
   */
  public boolean isPositive(double score) {
    return this == PHQ2 ? score >= 3 : score >= 10;
  }
}
