package org.medmine.mining.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The clinical NLP pipeline over one note: sections ({@link SectionDetector}), tokens ({@link
 * ClinicalTokenizer}), sentences within each section ({@link SentenceSplitter}), concepts ({@link
 * ConceptMatcher}) and, for each mention, its ConText judgement ({@link ContextAnalyzer}) with the
 * defaults of its section. Works on a string and keeps nothing between notes, so memory is bounded
 * by the largest note; immutable and thread-safe, one instance serves every thread.
 */
public final class NoteAnnotator {
  private final ClinicalTokenizer tokenizer;
  private final SentenceSplitter splitter;
  private final SectionDetector sections;
  private final ConceptMatcher matcher;
  private final ContextAnalyzer context;

  public NoteAnnotator(
      ClinicalTokenizer tokenizer,
      SectionDetector sections,
      ConceptMatcher matcher,
      ContextAnalyzer context) {
    this.tokenizer = tokenizer;
    this.splitter = new SentenceSplitter();
    this.sections = sections;
    this.matcher = matcher;
    this.context = context;
  }

  /**
   * The pipeline with the shipped resources and the given lexicon (the shipped one, or one grown
   * from a warehouse).
   */
  public static NoteAnnotator with(Lexicon lexicon) {
    ClinicalTokenizer tokenizer = ClinicalTokenizer.standard();
    return new NoteAnnotator(
        tokenizer,
        SectionDetector.standard(),
        new ConceptMatcher(lexicon, tokenizer),
        ContextAnalyzer.standard());
  }

  /** The annotation of one note's text. */
  public NoteAnnotation annotate(String text) {
    List<Section> found = sections.sections(text);
    List<NoteMention> mentions = new ArrayList<>();
    int sentenceCount = 0;
    for (Section section : found) {
      List<Token> tokens = tokenizer.tokenize(text, section.start(), section.end());
      for (int[] range : splitter.split(text, tokens)) {
        sentenceCount++;
        List<Token> sentence = tokens.subList(range[0], range[1]);
        List<ConceptMention> concepts = matcher.match(sentence);
        if (concepts.isEmpty()) {
          continue;
        }
        SentenceTriggers triggers = context.prepare(sentence);
        int from = sentence.get(0).start();
        int to = sentence.get(sentence.size() - 1).end();
        for (ConceptMention c : concepts) {
          ContextJudgement j =
              context.judge(triggers, c.start(), c.end(), section.kind(), concepts);
          mentions.add(new NoteMention(c, section.kind(), j, from, to));
        }
      }
    }
    return new NoteAnnotation(found, sentenceCount, mentions);
  }
}
