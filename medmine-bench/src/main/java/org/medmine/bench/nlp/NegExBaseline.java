package org.medmine.bench.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A plain NegEx, the comparison peer of the NLP bench, as Chapman, Bridewell, Hanbury, Cooper and
 * Buchanan describe it ("A simple algorithm for identifying negated findings and diseases in
 * discharge summaries", J Biomed Inform 2001;34:301-10): the sentence is lower-cased and split into
 * words; negation phrases of three kinds are found left to right, longest first (pseudo-negations,
 * which are skipped, pre-UMLS phrases and post-UMLS phrases, resource {@code
 * negex-2001-phrases.tsv}); an indexed term is negated when it lies within five words after a
 * pre-phrase (regular expression 1, {@code <negation phrase> * <indexed term>}) or within five
 * words before a post-phrase (regular expression 2), the term counting as one word; the rule-out
 * phrases mark it possible the same way. Nothing else: no conjunctions ending the scope (NegEx
 * version 2 added them), no temporality, no experiencer (every term is recent and the patient's).
 */
final class NegExBaseline {
  private static final int WINDOW = 5;
  private final List<Phrase> phrases;

  private NegExBaseline(List<Phrase> phrases) {
    this.phrases = phrases;
  }

  /** The baseline with the 2001 phrase list. */
  static NegExBaseline standard() {
    List<Phrase> list = new ArrayList<>();
    try (InputStream in = NegExBaseline.class.getResourceAsStream("negex-2001-phrases.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          String[] f = line.split("\t");
          list.add(new Phrase(f[0], Arrays.asList(words(f[1]))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    list.sort(Comparator.comparingInt((Phrase p) -> p.words().size()).reversed());
    return new NegExBaseline(list);
  }

  /** {@code negated}, {@code possible} or {@code affirmed} for the target in the sentence. */
  String assertion(String sentence, String target) {
    List<String> words = new ArrayList<>(Arrays.asList(words(sentence)));
    String[] t = words(target);
    int at = indexOf(words, t);
    if (at < 0) {
      return "affirmed";
    }
    // The indexed term counts as one word.
    words.subList(at + 1, at + t.length).clear();
    String verdict = "affirmed";
    int i = 0;
    while (i < words.size()) {
      Phrase p = longestAt(words, i);
      if (p == null) {
        i++;
        continue;
      }
      int end = i + p.words().size();
      boolean pre =
          p.kind().startsWith("pre-")
              && at >= end
              && at - end < WINDOW + 1
              && !(at >= i && at < end);
      boolean post = p.kind().startsWith("post-") && at < i && i - at - 1 <= WINDOW;
      if (pre || post) {
        if (p.kind().endsWith("negation")) {
          return "negated";
        }
        verdict = "possible";
      }
      i = end;
    }
    return verdict;
  }

  private Phrase longestAt(List<String> words, int i) {
    for (Phrase p : phrases) {
      int n = p.words().size();
      if (i + n <= words.size() && words.subList(i, i + n).equals(p.words())) {
        return p;
      }
    }
    return null;
  }

  private static int indexOf(List<String> words, String[] target) {
    for (int i = 0; i + target.length <= words.size(); i++) {
      if (words.subList(i, i + target.length).equals(Arrays.asList(target))) {
        return i;
      }
    }
    return -1;
  }

  /** Lower-case words: letters, digits and the slash of {@code r/o}; everything else separates. */
  static String[] words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9/']+"))
        .filter(w -> !w.isEmpty())
        .toArray(String[]::new);
  }

  private record Phrase(String kind, List<String> words) {}
}
