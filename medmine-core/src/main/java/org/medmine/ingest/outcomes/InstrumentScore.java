package org.medmine.ingest.outcomes;

/**
 * The scored response to one instrument.
 *
 * @param instrument what was answered
 * @param total the total score (prorated when items were missing)
 * @param answered how many of the instrument's items were answered
 * @param prorated whether the total was prorated from fewer than all items
 * @param severity the label of the severity band of the total
 */
public record InstrumentScore(
    Instrument instrument, int total, int answered, boolean prorated, String severity) {}
