package org.medmine.mining.nlp;

import java.util.List;

/**
 * One sentence of a note: its offsets into the note ({@code start} inclusive, {@code end}
 * exclusive), its tokens and the section it lies in.
 */
public record Sentence(int start, int end, List<Token> tokens, Section section) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
