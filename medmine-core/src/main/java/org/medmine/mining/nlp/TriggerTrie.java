package org.medmine.mining.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A token trie of trigger phrases: one edge per phrase word (a literal lower-case word or a
 * placeholder such as {@code <n>}), so that finding the triggers that start at a sentence word
 * costs one map look-up per word of the longest phrase there and per placeholder the word fills,
 * whatever the number of phrases (the word-level counterpart of Aho and Corasick's 1975 keyword
 * trie, walked from each start position). Immutable after construction and thread-safe.
 */
final class TriggerTrie {
  private final Node root = new Node();

  /** The trie of the triggers, in order: of equally long matches, the earlier listed wins. */
  TriggerTrie(List<Trigger> triggers) {
    int order = 0;
    for (Trigger t : triggers) {
      Node n = root;
      for (String w : t.words()) {
        n = n.next.computeIfAbsent(w, k -> new Node());
      }
      n.triggers.add(t);
      n.orders.add(order++);
    }
  }

  /**
   * The longest trigger starting at word {@code i} and ending at or before word {@code limit}, or
   * null. Of equally long ones, the first by the rank of the keys its first two words take among
   * the words' keys ({@link PhrasePattern#keysFor}), then by listing order.
   */
  TriggerMatch longestAt(List<List<String>> keys, int i, int limit) {
    Best best = new Best();
    walk(root, keys, i, i, limit, 0, 0, best);
    return best.trigger == null ? null : new TriggerMatch(best.trigger, i, i + best.length);
  }

  private static void walk(
      Node node, List<List<String>> keys, int start, int at, int limit, int r0, int r1, Best best) {
    int length = at - start;
    for (int k = 0; length > 0 && k < node.triggers.size(); k++) {
      best.offer(node.triggers.get(k), length, r0, length == 1 ? 0 : r1, node.orders.get(k));
    }
    if (at >= limit || at >= keys.size()) {
      return;
    }
    List<String> here = keys.get(at);
    for (int r = 0; r < here.size(); r++) {
      Node child = node.next.get(here.get(r));
      if (child != null) {
        walk(child, keys, start, at + 1, limit, length == 0 ? r : r0, length == 1 ? r : r1, best);
      }
    }
  }

  /** The triggers whose words are exactly {@code words}, in listing order. */
  List<Trigger> withWords(List<String> words) {
    Node n = root;
    for (String w : words) {
      n = n.next.get(w);
      if (n == null) {
        return List.of();
      }
    }
    return n.triggers;
  }

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    final List<Trigger> triggers = new ArrayList<>(1);
    final List<Integer> orders = new ArrayList<>(1);
  }

  /** The best match so far: longest, then lowest key ranks, then earliest listed. */
  private static final class Best {
    Trigger trigger;
    int length;
    int rank0;
    int rank1;
    int order;

    void offer(Trigger t, int len, int r0, int r1, int ord) {
      boolean better =
          trigger == null
              || len > length
              || (len == length
                  && (r0 < rank0 || (r0 == rank0 && (r1 < rank1 || (r1 == rank1 && ord < order)))));
      if (better) {
        trigger = t;
        length = len;
        rank0 = r0;
        rank1 = r1;
        order = ord;
      }
    }
  }
}
