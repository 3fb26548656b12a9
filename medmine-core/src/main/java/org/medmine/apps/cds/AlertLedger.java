package org.medmine.apps.cds;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Remembers which interacting pairs have had a card in which encounter, so that the same pair is
 * not shown twice in one encounter (the alert-fatigue policy, {@link AlertPolicy}). It keeps the
 * most recent {@code capacity} entries in memory: a server restart forgets them, and a pair is then
 * shown once more. Safe to share between threads.
 */
public final class AlertLedger {
  private final Set<String> shown;

  /** A ledger of at most {@code capacity} (encounter, pair) entries. */
  public AlertLedger(int capacity) {
    this.shown =
        Collections.synchronizedSet(
            Collections.newSetFromMap(
                new LinkedHashMap<String, Boolean>() {
                  @Override
                  protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > capacity;
                  }
                }));
  }

  /**
   * Records that the pair {@code pairKey} is shown in {@code encounter}; false if it had been shown
   * there before (a null encounter is never remembered).
   */
  public boolean firstTime(String encounter, String pairKey) {
    if (encounter == null || encounter.isBlank()) {
      return true;
    }
    return shown.add(encounter + "\u0000" + pairKey);
  }
}
