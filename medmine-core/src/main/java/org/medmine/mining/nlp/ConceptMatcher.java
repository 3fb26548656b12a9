package org.medmine.mining.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds lexicon concepts in a sentence: each term is tokenized as text is and stored in a trie over
 * the match keys of its words ({@link TermNormalizer}: inflections meet); a sentence is walked from
 * every token, across hyphens and slashes but never across punctuation, and every term that ends is
 * a candidate; a word no term holds is first corrected through the {@link FuzzyVocabulary}. Of
 * overlapping candidates the longest wins (then the leftmost), so {@code type 2 diabetes mellitus}
 * beats {@code diabetes}. Terms of one or two letters ({@code MI}, {@code PE}) match only when
 * written in capitals. Immutable and thread-safe.
 */
public final class ConceptMatcher {
  private final Node root = new Node();
  private final Set<String> keys = new HashSet<>();
  private final FuzzyVocabulary fuzzy;

  /**
   * Match keys of words seen in text (stemmed, corrected), bounded so memory stays bounded on any
   * corpus.
   */
  private final Map<String, String> seen = new java.util.concurrent.ConcurrentHashMap<>();

  private static final int SEEN_LIMIT = 200_000;
  private static final String CORRECTED = "\u0001";

  public ConceptMatcher(Lexicon lexicon, ClinicalTokenizer tokenizer) {
    TermNormalizer normalizer = new TermNormalizer();
    Map<String, java.util.SortedSet<String>> surface = new HashMap<>();
    for (LexiconEntry e : lexicon.entries()) {
      for (String term : e.terms()) {
        List<Token> words = tokenizer.tokenize(term).stream().filter(Token::isContent).toList();
        if (words.isEmpty()) {
          continue;
        }
        Node n = root;
        for (Token w : words) {
          String k = normalizer.key(w.lower());
          keys.add(k);
          surface.computeIfAbsent(w.lower(), x -> new java.util.TreeSet<>()).add(e.id());
          n = n.children.computeIfAbsent(k, x -> new Node());
        }
        n.ends.add(new TermEnd(e, term, term.length() <= 2));
      }
    }
    Map<String, String> groups = new HashMap<>();
    surface.forEach((word, ids) -> groups.put(word, String.join(" ", ids)));
    this.fuzzy = new FuzzyVocabulary(groups);
  }

  /** The concept mentions of a sentence's tokens, left to right, none overlapping. */
  public List<ConceptMention> match(List<Token> sentence) {
    TermNormalizer normalizer = new TermNormalizer();
    List<Token> tokens = sentence.stream().filter(t -> t.kind() != Token.Kind.JOINER).toList();
    String[] k = new String[tokens.size()];
    boolean[] corrected = new boolean[tokens.size()];
    for (int i = 0; i < k.length; i++) {
      Token t = tokens.get(i);
      if (t.kind() == Token.Kind.PUNCTUATION) {
        continue;
      }
      String key = seen.get(t.lower());
      if (key == null) {
        key = keyOf(t, normalizer);
        if (seen.size() < SEEN_LIMIT) {
          seen.put(t.lower(), key);
        }
      }
      corrected[i] = key.startsWith(CORRECTED);
      k[i] = corrected[i] ? key.substring(1) : key;
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < k.length; i++) {
      Node n = root;
      for (int j = i; j < k.length && k[j] != null; j++) {
        n = n.children.get(k[j]);
        if (n == null) {
          break;
        }
        TermEnd end = n.accepting(tokens.subList(i, j + 1));
        if (end != null) {
          candidates.add(new Candidate(i, j + 1, end));
        }
      }
    }
    return select(candidates, tokens, corrected);
  }

  /**
   * The match key of a word: its stem, or the stem of its correction (marked) when no term holds
   * the stem.
   */
  private String keyOf(Token t, TermNormalizer normalizer) {
    String key = normalizer.key(t.lower());
    if (!keys.contains(key) && t.kind() == Token.Kind.WORD) {
      String fixed = fuzzy.correct(t.lower());
      if (fixed != null) {
        return CORRECTED + normalizer.key(fixed);
      }
    }
    return key;
  }

  private static List<ConceptMention> select(
      List<Candidate> candidates, List<Token> tokens, boolean[] corrected) {
    candidates.sort(
        Comparator.comparingInt((Candidate c) -> c.start - c.end).thenComparingInt(c -> c.start));
    boolean[] taken = new boolean[tokens.size()];
    List<ConceptMention> out = new ArrayList<>();
    for (Candidate c : candidates) {
      boolean free = true;
      for (int i = c.start; i < c.end && free; i++) {
        free = !taken[i];
      }
      if (!free) {
        continue;
      }
      ConceptMention.MatchKind kind = ConceptMention.MatchKind.EXACT;
      StringBuilder written = new StringBuilder();
      for (int i = c.start; i < c.end; i++) {
        taken[i] = true;
        written.append(i > c.start ? " " : "").append(tokens.get(i).text());
        if (corrected[i]) {
          kind = ConceptMention.MatchKind.FUZZY;
        }
      }
      if (kind == ConceptMention.MatchKind.EXACT
          && !written.toString().equalsIgnoreCase(c.term.term())) {
        kind = ConceptMention.MatchKind.INFLECTED;
      }
      Token first = tokens.get(c.start);
      Token last = tokens.get(c.end - 1);
      out.add(
          new ConceptMention(c.term.entry(), written.toString(), first.start(), last.end(), kind));
    }
    out.sort(Comparator.comparingInt(ConceptMention::start));
    return out;
  }

  private record TermEnd(LexiconEntry entry, String term, boolean capitalsOnly) {}

  private record Candidate(int start, int end, TermEnd term) {}

  private static final class Node {
    final Map<String, Node> children = new HashMap<>();
    final List<TermEnd> ends = new ArrayList<>();

    /**
     * The term ending here that the written words may stand for: the preferred term's entry first.
     */
    TermEnd accepting(List<Token> written) {
      TermEnd best = null;
      for (TermEnd e : ends) {
        if (e.capitalsOnly()
            && !written
                .get(0)
                .text()
                .equals(written.get(0).text().toUpperCase(java.util.Locale.ROOT))) {
          continue;
        }
        if (best == null || e.term().equalsIgnoreCase(e.entry().preferred())) {
          best = e;
        }
      }
      return best;
    }
  }
}
