package org.medmine.apps.stats;

import org.medmine.model.MedmineUserException;

/**
 * What {@link StatsApp} computes: the {@code top} most frequent codes of each kind (1 to 1000), and
 * whether the top conditions include findings and situations (SNOMED CT semantic tags) or only
 * disorders.
 */
public record StatsOptions(int top, boolean includeFindings) {
  /** The options of a plain {@code medmine stats}. */
  public static final StatsOptions DEFAULTS = new StatsOptions(WarehouseStats.DEFAULT_TOP, false);

  public StatsOptions {
    if (top < 1 || top > 1000) {
      throw new MedmineUserException("--top must be between 1 and 1000, not " + top + ".");
    }
  }
}
