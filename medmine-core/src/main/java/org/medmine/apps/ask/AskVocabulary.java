package org.medmine.apps.ask;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.medmine.context.WarehouseConcepts;
import org.medmine.mining.nlp.ClinicalTokenizer;
import org.medmine.mining.nlp.ConceptCategory;
import org.medmine.mining.nlp.ConceptCode;
import org.medmine.mining.nlp.ConceptMatcher;
import org.medmine.mining.nlp.ConceptMention;
import org.medmine.mining.nlp.Lexicon;
import org.medmine.mining.nlp.LexiconEntry;
import org.medmine.mining.nlp.MentalHealthMarker;
import org.medmine.mining.nlp.Token;

/**
 * The words a question may name a concept with, and the codes they stand for: the NLP app's shipped
 * lexicon ({@link Lexicon#standard}, with its synonyms and abbreviations: MI, T2DM, CHF), ask's own
 * entries (resource {@code concepts.tsv}: measurements by LOINC code such as a1c and BMI, and
 * groups of codes an analyst means by one word, such as every stage of chronic kidney disease; an
 * entry with a shipped id replaces it) and the warehouse's code displays ({@link
 * Lexicon#withDisplays}); words are matched as the note annotator matches them ({@link
 * ConceptMatcher}: stems, longest match). A concept resolves to those of its codes the warehouse
 * records, in one table; anything else is a clarification with candidates, never a guess.
 */
final class AskVocabulary {
  private static final List<String> TABLE_ORDER =
      List.of("condition", "medication", "procedure", "observation");

  private final Lexicon lexicon;
  private final ConceptMatcher matcher;
  private final Map<String, String> tableOfCode;

  /** What a concept phrase resolved to: a concept, or a problem and candidate concepts. */
  record Resolution(
      List<Interpretation.ResolvedConcept> concepts, String problem, List<String> candidates) {}

  AskVocabulary(Map<WarehouseConcepts.Table, List<Lexicon.WarehouseConcept>> warehouse) {
    Map<String, LexiconEntry> entries = new LinkedHashMap<>();
    Lexicon.standard().entries().forEach(e -> entries.put(e.id(), e));
    shipped().forEach(e -> entries.put(e.id(), e));
    List<Lexicon.WarehouseConcept> all = new ArrayList<>();
    Map<String, String> tables = new LinkedHashMap<>();
    for (WarehouseConcepts.Table t : WarehouseConcepts.Table.values()) {
      for (Lexicon.WarehouseConcept c : warehouse.getOrDefault(t, List.of())) {
        all.add(c);
        tables.putIfAbsent(c.system() + "|" + c.code(), t.sqlName());
      }
    }
    this.lexicon = Lexicon.of(new ArrayList<>(entries.values())).withDisplays(all);
    this.matcher = new ConceptMatcher(lexicon, ClinicalTokenizer.standard());
    this.tableOfCode = tables;
  }

  /**
   * Resolves the words left of {@code question} ({@code phrase}, lower case; a word of one or two
   * letters the question wrote in capitals, such as MI, is matched in capitals) to the concepts the
   * warehouse records, left to right; a word no concept holds, or a concept the warehouse does not
   * record, is a problem with candidates.
   */
  Resolution resolve(String phrase, String question) {
    List<Token> tokens = new ArrayList<>();
    for (Token t : ClinicalTokenizer.standard().tokenize(phrase)) {
      String upper = t.text().toUpperCase(Locale.ROOT);
      boolean capitals =
          t.text().length() <= 2
              && question.matches("(?s).*\\b" + java.util.regex.Pattern.quote(upper) + "\\b.*");
      tokens.add(capitals ? new Token(upper, t.lower(), t.start(), t.end(), t.kind()) : t);
    }
    List<ConceptMention> mentions = matcher.match(tokens);
    StringBuilder left = new StringBuilder(phrase);
    for (ConceptMention m : mentions) {
      for (int i = m.start(); i < m.end(); i++) {
        left.setCharAt(i, ' ');
      }
    }
    String unknown =
        java.util.Arrays.stream(left.toString().split("\\s+"))
            .filter(w -> !w.isBlank() && !QuestionParser.STOPWORDS.contains(w))
            .collect(java.util.stream.Collectors.joining(" "));
    if (mentions.isEmpty() && unknown.isEmpty()) {
      return new Resolution(List.of(), null, List.of());
    }
    if (!unknown.isEmpty()) {
      String words =
          mentions.isEmpty()
              ? java.util.Arrays.stream(phrase.split("\\s+"))
                  .filter(w -> !QuestionParser.STOPWORDS.contains(w))
                  .collect(java.util.stream.Collectors.joining(" "))
              : unknown;
      return new Resolution(
          List.of(), "the words '" + words + "' name no concept medmine knows", candidates(words));
    }
    List<Interpretation.ResolvedConcept> out = new ArrayList<>();
    for (ConceptMention m : mentions) {
      Resolution r = resolved(m.text(), m.concept());
      if (r.problem() != null) {
        return r;
      }
      out.addAll(r.concepts());
    }
    return new Resolution(out, null, List.of());
  }

  private Resolution resolved(String written, LexiconEntry e) {
    Map<String, List<String>> byTable = new LinkedHashMap<>();
    for (ConceptCode c : e.codes()) {
      String key = c.system() + "|" + c.code();
      String table = tableOfCode.get(key);
      if (table != null && !byTable.getOrDefault(table, List.of()).contains(key)) {
        byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(key);
      }
    }
    if (byTable.isEmpty()) {
      return new Resolution(
          List.of(),
          "'" + written + "' (" + e.preferred() + ") is not recorded in this warehouse",
          candidates(written));
    }
    String table = TABLE_ORDER.stream().filter(byTable::containsKey).findFirst().orElseThrow();
    List<String> variants = table.equals("observation") ? variants(written, e) : List.of();
    if (!variants.isEmpty()) {
      return new Resolution(
          List.of(),
          "'" + written + "' names several measurements the warehouse records: say which",
          variants);
    }
    return new Resolution(
        List.of(
            new Interpretation.ResolvedConcept(written, e.preferred(), table, byTable.get(table))),
        null,
        List.of());
  }

  /**
   * For a measurement named only by a warehouse display (no curated entry), the other recorded
   * measurements whose terms hold every word written ("glucose": in blood, in serum, in urine); a
   * display alone does not say which one an analyst means.
   */
  private List<String> variants(String written, LexiconEntry chosen) {
    if (!chosen.source().equals("warehouse")) {
      return List.of();
    }
    List<String> words =
        List.of(written.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).stream()
            .filter(w -> !w.isEmpty())
            .toList();
    Set<String> out = new TreeSet<>();
    for (LexiconEntry e : lexicon.entries()) {
      boolean measurement =
          e.codes().stream()
              .anyMatch(c -> "observation".equals(tableOfCode.get(c.system() + "|" + c.code())));
      if (e != chosen
          && measurement
          && e.terms().stream().anyMatch(t -> words.stream().allMatch(w -> containsWord(t, w)))) {
        out.add(e.preferred());
      }
    }
    if (!out.isEmpty()) {
      out.add(chosen.preferred());
    }
    return out.stream().limit(10).toList();
  }

  /**
   * Concepts the warehouse records whose terms hold one of the words (of three letters or more), by
   * preferred term; at most ten.
   */
  List<String> candidates(String words) {
    Set<String> out = new TreeSet<>();
    for (String w : words.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (w.length() < 3 || QuestionParser.STOPWORDS.contains(w)) {
        continue;
      }
      for (LexiconEntry e : lexicon.entries()) {
        boolean recorded =
            e.codes().stream().anyMatch(c -> tableOfCode.containsKey(c.system() + "|" + c.code()));
        if (recorded && e.terms().stream().anyMatch(t -> containsWord(t, w))) {
          out.add(e.preferred());
        }
      }
    }
    return out.stream().limit(10).toList();
  }

  private static boolean containsWord(String term, String word) {
    String t = " " + term.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
    return t.contains(" " + word + " ") || t.contains(" " + word + "s ");
  }

  /** Ask's own lexicon entries (resource {@code concepts.tsv}). */
  static List<LexiconEntry> shipped() {
    List<LexiconEntry> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                AskVocabulary.class.getResourceAsStream("concepts.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        List<String> terms = new ArrayList<>(List.of(f[2].strip()));
        for (String t : f[3].split(";")) {
          if (!t.isBlank()) {
            terms.add(t.strip());
          }
        }
        List<ConceptCode> codes = new ArrayList<>();
        for (String c : f[4].split(";")) {
          int bar = c.lastIndexOf('|');
          codes.add(
              new ConceptCode(c.substring(0, bar).strip(), c.substring(bar + 1).strip(), "ask"));
        }
        out.add(
            new LexiconEntry(
                f[0].strip(),
                ConceptCategory.valueOf(f[1].strip().toUpperCase(Locale.ROOT)),
                MentalHealthMarker.NONE,
                f[2].strip(),
                terms,
                codes,
                "medmine ask",
                "CC0-1.0"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
