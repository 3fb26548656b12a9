package org.medmine.ingest.outcomes;

import java.util.List;
import java.util.Optional;

/**
 * A patient-reported outcome instrument whose items are LOINC-coded and scored 0 to 3 ("not at
 * all", "several days", "more than half the days", "nearly every day"), summed to a total.
 *
 * <p>PHQ-9 (Kroenke, Spitzer and Williams 2001, J Gen Intern Med 16:606; LOINC panel 44249-1, total
 * 44261-6) and GAD-7 (Spitzer et al. 2006, Arch Intern Med 166:1092; LOINC panel 69737-5, total
 * 70274-6), with the severity bands of the PHQ Screeners instruction manual (Pfizer). Missing
 * items: the manual lets a PHQ-9 total be prorated when at most two of its nine items are
 * unanswered (Arrieta et al. 2017, Value Health 20:1016, found this rule unbiased); for the
 * seven-item GAD-7 we allow one, the same share of the items (about a fifth). More missing items
 * give no total.
 *
 * @param name the instrument's usual name
 * @param panelCode the LOINC code of the instrument's panel
 * @param totalCode the LOINC code of the total score
 * @param totalDisplay the LOINC display of the total score
 * @param itemCodes the LOINC codes of the scored items, in the form's order
 * @param maxMissing how many items may be unanswered and the total still prorated
 * @param bands the severity bands, covering 0 to the maximum total
 */
public record Instrument(
    String name,
    String panelCode,
    String totalCode,
    String totalDisplay,
    List<String> itemCodes,
    int maxMissing,
    List<SeverityBand> bands) {
  /** The highest score of one item. */
  public static final int MAX_ITEM_SCORE = 3;

  /** The Patient Health Questionnaire, nine items (depression). */
  public static final Instrument PHQ_9 =
      new Instrument(
          "PHQ-9",
          "44249-1",
          "44261-6",
          "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]",
          List.of(
              "44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5",
              "44253-3", "44260-8"),
          2,
          List.of(
              new SeverityBand(0, 4, "minimal"),
              new SeverityBand(5, 9, "mild"),
              new SeverityBand(10, 14, "moderate"),
              new SeverityBand(15, 19, "moderately severe"),
              new SeverityBand(20, 27, "severe")));

  /** The Generalized Anxiety Disorder scale, seven items. */
  public static final Instrument GAD_7 =
      new Instrument(
          "GAD-7",
          "69737-5",
          "70274-6",
          "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]",
          List.of("69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"),
          1,
          List.of(
              new SeverityBand(0, 4, "minimal"),
              new SeverityBand(5, 9, "mild"),
              new SeverityBand(10, 14, "moderate"),
              new SeverityBand(15, 21, "severe")));

  /** The instruments medmine scores. */
  public static final List<Instrument> ALL = List.of(PHQ_9, GAD_7);

  public Instrument {
    itemCodes = List.copyOf(itemCodes);
    bands = List.copyOf(bands);
  }

  /** The instrument whose panel, total or items include {@code loincCode}, if any. */
  public static Optional<Instrument> recognising(String loincCode) {
    return ALL.stream()
        .filter(
            i ->
                i.panelCode.equals(loincCode)
                    || i.totalCode.equals(loincCode)
                    || i.itemCodes.contains(loincCode))
        .findFirst();
  }

  /** The highest total. */
  public int maxTotal() {
    return itemCodes.size() * MAX_ITEM_SCORE;
  }

  /** The label of the band that holds {@code total}. */
  public String severity(int total) {
    return bands.stream()
        .filter(b -> total >= b.low() && total <= b.high())
        .map(SeverityBand::label)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name + " has no band for " + total));
  }
}
