package org.medmine.mining.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ConText trigger phrases (resource {@code context-triggers.tsv}: category, direction or
 * terminated categories, phrase, optional maximum scope) and their matching in a sentence: at each
 * token the longest phrase that matches wins and its tokens are consumed, so a pseudo-trigger ("no
 * increase") hides the trigger inside it. Matching is on lower-case phrase tokens (hyphens and
 * slashes between words are skipped, so {@code gram-negative} matches {@code gram negative}; a
 * possessive {@code 's} is dropped, so {@code husband's} matches {@code husband}); the phrases are
 * held in token tries ({@link TriggerTrie}), so the cost per word does not grow with the number of
 * phrases. Immutable and thread-safe.
 */
public final class TriggerSet {
  private final TriggerTrie byKey;
  private final TriggerTrie pseudos;
  private final TriggerTrie informants;
  private final int size;

  private TriggerSet(List<Trigger> triggers) {
    this.byKey =
        new TriggerTrie(
            triggers.stream()
                .filter(t -> t.category() != TriggerCategory.INFORMANT)
                .filter(t -> t.category() != TriggerCategory.PSEUDO)
                .toList());
    this.pseudos =
        new TriggerTrie(
            triggers.stream().filter(t -> t.category() == TriggerCategory.PSEUDO).toList());
    this.informants =
        new TriggerTrie(
            triggers.stream().filter(t -> t.category() == TriggerCategory.INFORMANT).toList());
    this.size = triggers.size();
  }

  /** The shipped trigger set. */
  public static TriggerSet standard() {
    return Holder.STANDARD;
  }

  /** How many phrases the set holds. */
  public int size() {
    return size;
  }

  /**
   * The triggers of a sentence given as lower-case phrase tokens, left to right. Pseudo-triggers
   * are found first and no other trigger may overlap one ("there was no significant change": the
   * pseudo-trigger "no significant change" hides "there was no"); then, left to right, the longest
   * trigger at each word wins unless a longer one starting inside it reaches further ("is unlikely
   * to be": "unlikely to be" wins over "is unlikely").
   */
  public List<TriggerMatch> find(List<String> sentenceWords) {
    return findKeyed(keys(sentenceWords));
  }

  /**
   * Per word of a sentence (lower-case phrase tokens), the keys it matches phrase words by: the
   * word normalised ({@link #normalWord}) and the placeholders it fills. Computed once per sentence
   * for both {@link #findKeyed} and {@link #findInformantsKeyed}.
   */
  static List<List<String>> keys(List<String> sentenceWords) {
    List<List<String>> keys = new ArrayList<>(sentenceWords.size());
    for (String w : sentenceWords) {
      keys.add(PhrasePattern.keysFor(normalWord(w)));
    }
    return keys;
  }

  /** {@link #find} over the words' keys ({@link #keys}). */
  List<TriggerMatch> findKeyed(List<List<String>> keys) {
    int size = keys.size();
    boolean[] pseudo = new boolean[size];
    List<TriggerMatch> out = new ArrayList<>();
    for (int i = 0; i < size; ) {
      TriggerMatch m = pseudos.longestAt(keys, i, size);
      if (m == null) {
        i++;
      } else {
        addWithTwins(out, m);
        java.util.Arrays.fill(pseudo, m.start(), m.end(), true);
        i = m.end();
      }
    }
    int[] free = freeEnds(pseudo);
    for (int i = 0; i < size; ) {
      TriggerMatch m = pseudo[i] ? null : byKey.longestAt(keys, i, free[i]);
      if (m == null || overtaken(keys, free, m)) {
        i++;
      } else {
        addWithTwins(out, m);
        i = m.end();
      }
    }
    out.sort(Comparator.comparingInt(TriggerMatch::start));
    return out;
  }

  /**
   * A word as triggers are matched: {@code husband’s} and {@code husband's} become {@code husband}.
   */
  static String normalWord(String word) {
    String w = word.replace('\u2019', '\'');
    return w.length() > 2 && w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
  }

  /** Per word, the first word at or after it that a pseudo-trigger covers, or the sentence end. */
  private static int[] freeEnds(boolean[] pseudo) {
    int[] free = new int[pseudo.length];
    int next = pseudo.length;
    for (int i = pseudo.length - 1; i >= 0; i--) {
      if (pseudo[i]) {
        next = i;
      }
      free[i] = next;
    }
    return free;
  }

  /** Whether a longer trigger starting inside {@code m} reaches beyond it. */
  private boolean overtaken(List<List<String>> keys, int[] free, TriggerMatch m) {
    int length = m.end() - m.start();
    for (int j = m.start() + 1; j < m.end(); j++) {
      TriggerMatch later = byKey.longestAt(keys, j, free[j]);
      if (later != null && later.end() > m.end() && later.end() - later.start() > length) {
        return true;
      }
    }
    return false;
  }

  /** Adds a match and the same words in the other categories ("nobody else": negated and other). */
  private void addWithTwins(List<TriggerMatch> out, TriggerMatch m) {
    out.add(m);
    List<String> w = m.trigger().words();
    for (TriggerTrie trie : List.of(pseudos, byKey)) {
      for (Trigger t : trie.withWords(w)) {
        if (t != m.trigger()) {
          out.add(new TriggerMatch(t, m.start(), m.end()));
        }
      }
    }
  }

  /**
   * The informant phrases of a sentence ("per", "states"): matched apart from the other triggers
   * and consuming nothing, since the same words may also trigger or terminate ("denies",
   * "reports").
   */
  public List<TriggerMatch> findInformants(List<String> sentenceWords) {
    return findInformantsKeyed(keys(sentenceWords));
  }

  /** {@link #findInformants} over the words' keys ({@link #keys}). */
  List<TriggerMatch> findInformantsKeyed(List<List<String>> keys) {
    List<TriggerMatch> out = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      TriggerMatch m = informants.longestAt(keys, i, keys.size());
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  private static final class Holder {
    static final TriggerSet STANDARD = fromLines(standardLines());
  }

  private static List<String> standardLines() {
    List<String> lines = new ArrayList<>(ClinicalTokenizer.readLines("context-triggers.tsv"));
    lines.addAll(OtherPeople.triggerLines(ClinicalTokenizer.readLines("other-people.txt")));
    return lines;
  }

  /**
   * A trigger set from lines {@code
   * category<TAB>direction|ended-categories<TAB>phrase[<TAB>max-scope]}.
   */
  static TriggerSet fromLines(List<String> lines) {
    Map<String, Trigger> triggers = new java.util.LinkedHashMap<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length < 3) {
        throw new IllegalArgumentException(
            "a trigger line needs category, direction and phrase: " + line);
      }
      TriggerCategory category = TriggerCategory.valueOf(f[0].strip().toUpperCase(Locale.ROOT));
      Set<TriggerCategory> ends = EnumSet.noneOf(TriggerCategory.class);
      Trigger.Direction direction = Trigger.Direction.FORWARD;
      if (category == TriggerCategory.TERMINATE) {
        ends = endedCategories(f[1].strip());
      } else if (!f[1].strip().equals("-")) {
        direction = Trigger.Direction.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
      }
      int scope = f.length > 3 ? Integer.parseInt(f[3].strip()) : Integer.MAX_VALUE;
      String phrase = f[2].strip().toLowerCase(Locale.ROOT);
      Trigger t = new Trigger(phrase, phraseWords(phrase), category, direction, scope, ends);
      triggers.merge(category + "\t" + phrase, t, TriggerSet::bothWays);
    }
    return new TriggerSet(withContainedEnds(new ArrayList<>(triggers.values())));
  }

  /**
   * Terminators as matched: the longest phrase at a word consumes the shorter ones inside it, so a
   * terminator also ends every category that a terminator among its words ends ("; he" ends all
   * categories as ";" does, not only family and other; ", and she" returns the sentence to the
   * patient as "she" does).
   */
  private static List<Trigger> withContainedEnds(List<Trigger> triggers) {
    List<Trigger> terminators =
        triggers.stream().filter(t -> t.category() == TriggerCategory.TERMINATE).toList();
    List<Trigger> out = new ArrayList<>(triggers.size());
    for (Trigger t : triggers) {
      if (t.category() != TriggerCategory.TERMINATE) {
        out.add(t);
        continue;
      }
      Set<TriggerCategory> ends = EnumSet.noneOf(TriggerCategory.class);
      ends.addAll(t.ends());
      for (Trigger inner : terminators) {
        if (inner.words().size() < t.words().size()
            && java.util.Collections.indexOfSubList(t.words(), inner.words()) >= 0) {
          ends.addAll(inner.ends());
        }
      }
      out.add(new Trigger(t.phrase(), t.words(), t.category(), t.direction(), t.maxScope(), ends));
    }
    return out;
  }

  /**
   * One phrase listed forward and backward in the same category reaches both ways, as far as the
   * farther; a terminator listed twice ends the categories of both lines.
   */
  private static Trigger bothWays(Trigger a, Trigger b) {
    Trigger.Direction d = a.direction() == b.direction() ? a.direction() : Trigger.Direction.BOTH;
    Set<TriggerCategory> ends = EnumSet.noneOf(TriggerCategory.class);
    ends.addAll(a.ends());
    ends.addAll(b.ends());
    return new Trigger(
        a.phrase(), a.words(), a.category(), d, Math.max(a.maxScope(), b.maxScope()), ends);
  }

  private static Set<TriggerCategory> endedCategories(String field) {
    if (field.equals("all")) {
      return EnumSet.of(
          TriggerCategory.NEGATED,
          TriggerCategory.POSSIBLE,
          TriggerCategory.HYPOTHETICAL,
          TriggerCategory.HISTORICAL,
          TriggerCategory.FAMILY,
          TriggerCategory.OTHER);
    }
    Set<TriggerCategory> ends = EnumSet.noneOf(TriggerCategory.class);
    Arrays.stream(field.split(","))
        .forEach(c -> ends.add(TriggerCategory.valueOf(c.strip().toUpperCase(Locale.ROOT))));
    return ends;
  }

  /** The phrase tokens of a phrase, as {@link ContextAnalyzer} sees a sentence. */
  static List<String> phraseWords(String phrase) {
    List<String> words = new ArrayList<>();
    for (String part : phrase.split("\\s+")) {
      if (part.startsWith("<") && part.endsWith(">")) {
        words.add(part);
      } else {
        ClinicalTokenizer.standard().tokenize(part).stream()
            .filter(t -> t.kind() != Token.Kind.JOINER)
            .forEach(t -> words.add(normalWord(t.lower())));
      }
    }
    return words;
  }
}
