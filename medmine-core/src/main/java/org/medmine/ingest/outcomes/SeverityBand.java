package org.medmine.ingest.outcomes;

/**
 * One severity band of an instrument's total score: totals from {@code low} to {@code high}
 * (inclusive) are read as {@code label}.
 */
public record SeverityBand(int low, int high, String label) {}
