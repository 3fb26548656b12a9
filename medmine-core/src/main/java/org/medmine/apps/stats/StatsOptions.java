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

  /**
   * The options of a report's overview, whose tables are a page's: {@code top} 1 to 100; else a
   * user error.
   */
  public static StatsOptions forReport(int top, boolean includeFindings) {
    if (top < 1 || top > 100) {
      throw new MedmineUserException("--top must be between 1 and 100, not " + top + ".");
    }
    return new StatsOptions(top, includeFindings);
  }

  public StatsOptions {
    if (top < 1 || top > 1000) {
      throw new MedmineUserException("--top must be between 1 and 1000, not " + top + ".");
    }
  }
}
