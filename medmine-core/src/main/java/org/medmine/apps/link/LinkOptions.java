package org.medmine.apps.link;

/**
 * A run of the master patient index: its thresholds, and whether to refit the model and cluster
 * every record again ({@code full}) or only the records new since the last run and the persons they
 * touch.
 */
public record LinkOptions(MatchThresholds thresholds, boolean full) {}
