package org.medmine.mining.nlp;

import java.util.List;
import java.util.Locale;

/**
 * ConText for a given target phrase in a short text, the sentence mode of NegEx's test format: the
 * text is cut into sections and sentences as a note would be, the target is found in it
 * (case-insensitively, preferring a whole-word occurrence), and the sentence holding it is judged
 * with the defaults of the section it lies in ({@code FAMILY HISTORY: Diabetes in mother.}).
 * Thread-safe.
 */
public final class TargetJudge {
  private final ClinicalTokenizer tokenizer;
  private final SentenceSplitter splitter;
  private final SectionDetector sections;
  private final ContextAnalyzer analyzer;

  public TargetJudge(
      ClinicalTokenizer tokenizer,
      SentenceSplitter splitter,
      SectionDetector sections,
      ContextAnalyzer analyzer) {
    this.tokenizer = tokenizer;
    this.splitter = splitter;
    this.sections = sections;
    this.analyzer = analyzer;
  }

  /** The judge with the shipped abbreviations, section headers and triggers. */
  public static TargetJudge standard() {
    return new TargetJudge(
        ClinicalTokenizer.standard(),
        new SentenceSplitter(),
        SectionDetector.standard(),
        ContextAnalyzer.standard());
  }

  /**
   * The judgement of {@code target} in {@code text}.
   *
   * @throws IllegalArgumentException when the target does not occur in the text
   */
  public ContextJudgement judge(String text, String target) {
    int at = find(text, target);
    if (at < 0) {
      throw new IllegalArgumentException(
          "the target \"" + target + "\" does not occur in the sentence");
    }
    int end = at + target.length();
    SectionKind kind = SectionKind.OTHER;
    for (Section s : sections.sections(text)) {
      if (s.start() <= at && at < s.end()) {
        kind = s.kind();
      }
    }
    List<Token> tokens = tokenizer.tokenize(text);
    for (int[] range : splitter.split(text, tokens)) {
      List<Token> sentence = tokens.subList(range[0], range[1]);
      if (!sentence.isEmpty() && sentence.get(sentence.size() - 1).end() > at) {
        return analyzer.judge(analyzer.prepare(sentence), at, end, kind);
      }
    }
    return analyzer.judge(analyzer.prepare(tokens), at, end, kind);
  }

  /**
   * Where the target starts in the text: its first whole-word occurrence, else its first
   * occurrence, else -1.
   */
  static int find(String text, String target) {
    String t = text.toLowerCase(Locale.ROOT);
    String g = target.toLowerCase(Locale.ROOT).strip();
    int first = t.indexOf(g);
    for (int i = first; i >= 0; i = t.indexOf(g, i + 1)) {
      boolean startOk = i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1));
      int e = i + g.length();
      boolean endOk = e >= t.length() || !Character.isLetterOrDigit(t.charAt(e));
      if (startOk && endOk) {
        return i;
      }
    }
    return first;
  }
}
