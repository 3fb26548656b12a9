package org.medmine.mining.nlp;

import java.time.LocalDate;

/** A total score of a screening instrument, taken on a date (an observation of the warehouse). */
public record ScreeningScore(ScreeningInstrument instrument, LocalDate date, double score) {
  public ScreeningScore {
    instrument.severity(score); // rejects a score the instrument cannot total
  }

  /** The severity band of the score. */
  public String severity() {
    return instrument.severity(score);
  }
}
