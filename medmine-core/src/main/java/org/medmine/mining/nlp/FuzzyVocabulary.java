package org.medmine.mining.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Corrects a misspelt word to the one lexicon word within Damerau-Levenshtein distance 1 of it (one
 * letter inserted, deleted, replaced, or two neighbours swapped: Damerau 1964, "A technique for
 * computer detection and correction of spelling errors", CACM 7(3)), found through a
 * symmetric-deletion index (each word and its one-letter deletions, as SymSpell does) rather than
 * by comparing with every word. Only words of at least {@link #MIN_LENGTH} letters are corrected,
 * and only when every candidate belongs to the same concepts (its group; {@code pnemonia} and
 * {@code pneumonia} are both pneumonia), since short words have too many neighbours ({@code
 * fever}/{@code never}). Immutable and thread-safe.
 */
public final class FuzzyVocabulary {
  /** The shortest word that is corrected. */
  public static final int MIN_LENGTH = 6;

  private final Map<String, String> groups;
  private final Map<String, List<String>> byDeletion = new HashMap<>();

  /** A vocabulary of words that are each their own group. */
  public FuzzyVocabulary(Collection<String> vocabulary) {
    this(vocabulary.stream().distinct().collect(java.util.stream.Collectors.toMap(w -> w, w -> w)));
  }

  /**
   * A vocabulary of words and the group each belongs to (words of one group are interchangeable).
   */
  public FuzzyVocabulary(Map<String, String> groups) {
    this.groups = Map.copyOf(groups);
    for (String w : groups.keySet()) {
      if (w.length() >= MIN_LENGTH - 1 && w.chars().allMatch(Character::isLetter)) {
        byDeletion.computeIfAbsent(w, k -> new ArrayList<>()).add(w);
        for (String d : deletions(w)) {
          byDeletion.computeIfAbsent(d, k -> new ArrayList<>()).add(w);
        }
      }
    }
  }

  /**
   * The vocabulary word {@code word} is a misspelling of, or null when there is none or candidates
   * of two groups.
   */
  public String correct(String word) {
    if (word.length() < MIN_LENGTH
        || groups.containsKey(word)
        || !word.chars().allMatch(Character::isLetter)) {
      return null;
    }
    Set<String> found = new HashSet<>();
    List<String> probes = new ArrayList<>(deletions(word));
    probes.add(word);
    for (String p : probes) {
      for (String w : byDeletion.getOrDefault(p, List.of())) {
        if (distanceAtMostOne(word, w)) {
          found.add(w);
        }
      }
    }
    Set<String> foundGroups = new HashSet<>();
    found.forEach(w -> foundGroups.add(groups.get(w)));
    return foundGroups.size() == 1 ? found.stream().sorted().findFirst().orElseThrow() : null;
  }

  private static Set<String> deletions(String w) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < w.length(); i++) {
      out.add(w.substring(0, i) + w.substring(i + 1));
    }
    return out;
  }

  /** Whether the optimal-string-alignment distance of a and b is at most one. */
  static boolean distanceAtMostOne(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == la && i == lb) {
      return true;
    }
    if (la == lb) {
      boolean swap =
          i + 1 < la
              && a.charAt(i) == b.charAt(i + 1)
              && a.charAt(i + 1) == b.charAt(i)
              && a.substring(i + 2).equals(b.substring(i + 2));
      return swap || a.substring(i + 1).equals(b.substring(i + 1));
    }
    return la > lb
        ? a.substring(i + 1).equals(b.substring(i))
        : a.substring(i).equals(b.substring(i + 1));
  }
}
