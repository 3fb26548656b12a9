package org.medmine.mining.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the tokens of a stretch of text into sentences, the way clinical notes are written rather
 * than the way prose is: a sentence ends at {@code . ? !} (abbreviations are single tokens, so
 * {@code y.o.} or {@code Dr.} do not end one, and run-together text such as {@code pain.No fever}
 * still splits); at a line break unless the next line goes on in lower case (a wrapped line);
 * before a list item ({@code 1.}, {@code 2)}, {@code -}, {@code *}, a bullet) at the start of a
 * line or after a period; and after an abbreviation ending in a period when a capitalised word
 * follows (not after titles such as {@code Dr.}). A {@code ?} that opens a sentence or is glued to
 * the next word ({@code ? early cellulitis}, {@code ?aspiration}) is a mark of doubt, not an end.
 */
public final class SentenceSplitter {
  private static final Set<String> TITLES =
      Set.of("dr.", "mr.", "mrs.", "ms.", "st.", "vs.", "v.s.", "e.g.", "i.e.");
  private static final Set<String> SEPARATORS = Set.of(",", ":", ";");
  private static final Set<String> BULLETS = Set.of("-", "*", "•", "#", "+", "·");

  /** The token index ranges {@code [from, to)} of the sentences in {@code tokens}, in order. */
  public List<int[]> split(String text, List<Token> tokens) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (i > start && startsNewSentence(text, tokens, i)) {
        out.add(new int[] {start, i});
        start = i;
      }
      if (endsSentence(tokens, i) && !isQuestionMarkOfDoubt(tokens, i, start)) {
        out.add(new int[] {start, i + 1});
        start = i + 1;
      }
    }
    if (start < tokens.size()) {
      out.add(new int[] {start, tokens.size()});
    }
    return out;
  }

  private static boolean endsSentence(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    if (t.kind() == Token.Kind.PUNCTUATION) {
      String s = t.text();
      if (s.equals("?") || s.equals("!")) {
        return true;
      }
      return s.equals(".")
          && !(isListNumber(tokens, i - 1) && next != null && next.start() == t.end() + 1);
    }
    if (t.kind() == Token.Kind.WORD
        && t.text().endsWith(".")
        && t.text().length() > 2
        && next != null
        && !TITLES.contains(t.lower())) {
      return Character.isUpperCase(next.text().charAt(0)) && next.kind() == Token.Kind.WORD;
    }
    return false;
  }

  /**
   * Whether a {@code ?} marks doubt about what follows rather than ending a question: it opens the
   * sentence ({@code ? early cellulitis}), follows a comma, colon or semicolon ({@code fever, ?
   * source}) or is glued to the next word ({@code ?aspiration}).
   */
  private static boolean isQuestionMarkOfDoubt(List<Token> tokens, int i, int start) {
    if (!tokens.get(i).text().equals("?") || i + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(i + 1);
    boolean afterSeparator = i > start && SEPARATORS.contains(tokens.get(i - 1).text());
    return next.kind() == Token.Kind.WORD
        && (i == start || afterSeparator || next.start() == tokens.get(i).end());
  }

  private static boolean startsNewSentence(String text, List<Token> tokens, int i) {
    Token t = tokens.get(i);
    Token prev = tokens.get(i - 1);
    boolean lineBreak = text.substring(prev.end(), t.start()).indexOf('\n') >= 0;
    boolean listItem = isListMarker(tokens, i);
    if (lineBreak) {
      return listItem
          || BULLETS.contains(t.text())
          || !Character.isLowerCase(t.text().charAt(0))
          || prev.text().equals(":")
          || text.substring(prev.end(), t.start()).indexOf('\n')
              != text.substring(prev.end(), t.start()).lastIndexOf('\n');
    }
    return listItem && !prev.text().equals(":") && prev.kind() != Token.Kind.PUNCTUATION;
  }

  /** A list number: one or two digits followed by {@code .} or {@code )} and then a word. */
  private static boolean isListMarker(List<Token> tokens, int i) {
    if (!isListNumber(tokens, i) || i + 2 >= tokens.size()) {
      return false;
    }
    String p = tokens.get(i + 1).text();
    return (p.equals(".") || p.equals(")"))
        && tokens.get(i + 2).kind() == Token.Kind.WORD
        && Character.isUpperCase(tokens.get(i + 2).text().charAt(0));
  }

  private static boolean isListNumber(List<Token> tokens, int i) {
    return i >= 0
        && tokens.get(i).kind() == Token.Kind.NUMBER
        && tokens.get(i).text().length() <= 2
        && tokens.get(i).text().chars().allMatch(Character::isDigit);
  }
}
