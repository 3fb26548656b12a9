package org.medmine.mining.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
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
 * possessive {@code 's} is dropped, so {@code husband's} matches {@code husband}). Immutable and
 * thread-safe.
 */
public final class TriggerSet {
  private static final Map<String, Integer> NUMBER_WORDS = numberWords();
  private final Map<String, List<Trigger>> byFirstWord;
  private final Map<String, List<Trigger>> informants;
  private final int size;

  private TriggerSet(List<Trigger> triggers) {
    this.byFirstWord =
        index(triggers.stream().filter(t -> t.category() != TriggerCategory.INFORMANT).toList());
    this.informants =
        index(triggers.stream().filter(t -> t.category() == TriggerCategory.INFORMANT).toList());
    this.size = triggers.size();
  }

  private static Map<String, List<Trigger>> index(List<Trigger> triggers) {
    Map<String, List<Trigger>> map = new HashMap<>();
    for (Trigger t : triggers) {
      map.computeIfAbsent(t.words().get(0), k -> new ArrayList<>()).add(t);
    }
    map.values()
        .forEach(l -> l.sort(Comparator.comparingInt((Trigger t) -> t.words().size()).reversed()));
    return map;
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
    List<String> words = normalized(sentenceWords);
    boolean[] pseudo = new boolean[words.size()];
    List<TriggerMatch> out = new ArrayList<>();
    for (int i = 0; i < words.size(); ) {
      TriggerMatch m = longestAt(byFirstWord, words, i, true, words.size());
      if (m == null) {
        i++;
      } else {
        addWithTwins(out, m);
        java.util.Arrays.fill(pseudo, m.start(), m.end(), true);
        i = m.end();
      }
    }
    for (int i = 0; i < words.size(); ) {
      TriggerMatch m =
          pseudo[i] ? null : longestAt(byFirstWord, words, i, false, freeEnd(pseudo, i));
      if (m == null || overtaken(words, pseudo, m)) {
        i++;
      } else {
        addWithTwins(out, m);
        i = m.end();
      }
    }
    out.sort(Comparator.comparingInt(TriggerMatch::start));
    return out;
  }

  /** The words with curly apostrophes made straight and a possessive {@code 's} dropped. */
  private static List<String> normalized(List<String> words) {
    return words.stream().map(TriggerSet::normalWord).toList();
  }

  /**
   * A word as triggers are matched: {@code husband’s} and {@code husband's} become {@code husband}.
   */
  static String normalWord(String word) {
    String w = word.replace('\u2019', '\'');
    return w.length() > 2 && w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
  }

  /** The first word at or after {@code i} that a pseudo-trigger covers, or the sentence end. */
  private static int freeEnd(boolean[] pseudo, int i) {
    int end = i;
    while (end < pseudo.length && !pseudo[end]) {
      end++;
    }
    return end;
  }

  /** Whether a longer trigger starting inside {@code m} reaches beyond it. */
  private boolean overtaken(List<String> words, boolean[] pseudo, TriggerMatch m) {
    int length = m.end() - m.start();
    for (int j = m.start() + 1; j < m.end(); j++) {
      TriggerMatch later = longestAt(byFirstWord, words, j, false, freeEnd(pseudo, j));
      if (later != null && later.end() > m.end() && later.end() - later.start() > length) {
        return true;
      }
    }
    return false;
  }

  /** Adds a match and the same words in the other categories ("nobody else": negated and other). */
  private void addWithTwins(List<TriggerMatch> out, TriggerMatch m) {
    out.add(m);
    for (Trigger t : byFirstWord.get(m.trigger().words().get(0))) {
      if (t != m.trigger() && t.words().equals(m.trigger().words())) {
        out.add(new TriggerMatch(t, m.start(), m.end()));
      }
    }
  }

  /**
   * The informant phrases of a sentence ("per", "states"): matched apart from the other triggers
   * and consuming nothing, since the same words may also trigger or terminate ("denies",
   * "reports").
   */
  public List<TriggerMatch> findInformants(List<String> sentenceWords) {
    List<String> words = normalized(sentenceWords);
    List<TriggerMatch> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      TriggerMatch m = longestAt(informants, words, i, false, words.size());
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * The longest trigger of one kind (pseudo or not) starting at word {@code i} and ending at or
   * before word {@code limit}, or null.
   */
  private static TriggerMatch longestAt(
      Map<String, List<Trigger>> index, List<String> words, int i, boolean pseudo, int limit) {
    TriggerMatch best = null;
    for (String key : keysFor(words.get(i))) {
      for (Trigger t : index.getOrDefault(key, List.of())) {
        int n = t.words().size();
        if (best != null && n <= best.end() - best.start()) {
          break;
        }
        if ((t.category() == TriggerCategory.PSEUDO) == pseudo
            && i + n <= limit
            && matches(t.words(), words, i)) {
          best = new TriggerMatch(t, i, i + n);
        }
      }
    }
    return best;
  }

  private static List<String> keysFor(String word) {
    Integer n = number(word);
    if (n == null) {
      return List.of(word);
    }
    List<String> keys = new ArrayList<>(List.of(word, "<n>"));
    if (n >= 3) {
      keys.add("<n3>");
    }
    if (n >= 1900 && n <= 2099) {
      keys.add("<year>");
    }
    return keys;
  }

  private static boolean matches(List<String> pattern, List<String> words, int at) {
    for (int k = 0; k < pattern.size(); k++) {
      String p = pattern.get(k);
      String w = words.get(at + k);
      boolean ok =
          switch (p) {
            case "<n>" -> number(w) != null;
            case "<n3>" -> number(w) != null && number(w) >= 3;
            case "<year>" -> number(w) != null && number(w) >= 1900 && number(w) <= 2099;
            default -> p.equals(w);
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * The value of a number written in digits or as a word ({@code three}, {@code several}), else
   * null.
   */
  static Integer number(String w) {
    if (w.isEmpty() || w.length() > 8) {
      return null;
    }
    if (Character.isDigit(w.charAt(0))) {
      for (int i = 1; i < w.length(); i++) {
        if (!Character.isDigit(w.charAt(i))) {
          return null;
        }
      }
      return w.length() <= 4 ? Integer.parseInt(w) : null;
    }
    return NUMBER_WORDS.get(w);
  }

  private static Map<String, Integer> numberWords() {
    String[] words = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve"
    };
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < words.length; i++) {
      m.put(words[i], i);
    }
    m.put("a", 1);
    m.put("few", 3);
    m.put("several", 3);
    m.put("many", 10);
    m.put("multiple", 3);
    m.put("couple", 2);
    return m;
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
    return new TriggerSet(new ArrayList<>(triggers.values()));
  }

  /**
   * One phrase listed forward and backward in the same category reaches both ways, as far as the
   * farther.
   */
  private static Trigger bothWays(Trigger a, Trigger b) {
    Trigger.Direction d = a.direction() == b.direction() ? a.direction() : Trigger.Direction.BOTH;
    return new Trigger(
        a.phrase(), a.words(), a.category(), d, Math.max(a.maxScope(), b.maxScope()), a.ends());
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
