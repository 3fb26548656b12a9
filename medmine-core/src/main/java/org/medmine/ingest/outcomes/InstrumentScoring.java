package org.medmine.ingest.outcomes;

import java.util.Map;

/**
 * Scores a response by the instrument's own rules (see {@link Instrument}): the sum of the item
 * scores; with up to {@link Instrument#maxMissing} items unanswered, the sum of the answered items
 * times the number of items over the number answered, rounded half up (proration as in the PHQ
 * Screeners instruction manual); with more, no score.
 */
public final class InstrumentScoring {
  private InstrumentScoring() {}

  /**
   * The score of {@code answers} (item LOINC code to item score; items not in the map are
   * unanswered), or an {@link IncompleteResponse} saying why there is none.
   */
  public static InstrumentScore score(Instrument instrument, Map<String, Integer> answers) {
    int sum = 0;
    int answered = 0;
    for (String item : instrument.itemCodes()) {
      Integer value = answers.get(item);
      if (value == null) {
        continue;
      }
      if (value < 0 || value > Instrument.MAX_ITEM_SCORE) {
        throw new IncompleteResponse(
            instrument.name()
                + " item "
                + item
                + " scored "
                + value
                + ": items are scored 0 to "
                + Instrument.MAX_ITEM_SCORE);
      }
      sum += value;
      answered++;
    }
    int items = instrument.itemCodes().size();
    int missing = items - answered;
    if (missing > instrument.maxMissing()) {
      throw new IncompleteResponse(
          instrument.name()
              + " has "
              + missing
              + " of "
              + items
              + " items unanswered: its scoring rules prorate a total only when at most "
              + instrument.maxMissing()
              + " are missing, so no total was scored");
    }
    int total = missing == 0 ? sum : (int) Math.floor(sum * (double) items / answered + 0.5);
    return new InstrumentScore(
        instrument, total, answered, missing > 0, instrument.severity(total));
  }

  /** A response that cannot be scored; the message says why. */
  public static final class IncompleteResponse extends RuntimeException {
    private static final long serialVersionUID = 1L;

    IncompleteResponse(String reason) {
      super(reason);
    }
  }
}
