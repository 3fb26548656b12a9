package org.medmine.mining.rules;

import java.util.List;

/**
 * A frequent itemset.
 *
 * @param items the items (codes), sorted
 * @param count the transactions that contain every item
 * @param support {@code count} as a fraction of all transactions
 */
public record Itemset(List<String> items, long count, double support) {
  public Itemset {
    items = List.copyOf(items);
  }
}
