package org.medmine.apps.ask;

import java.util.List;

/**
 * The answer to a question {@code ask} will not guess at: why, and the interpretations or concepts
 * the question may have meant, to ask again with.
 *
 * @param reason what is ambiguous or unsupported, in one sentence
 * @param candidates the candidate interpretations or concepts
 */
public record Clarification(String reason, List<String> candidates) {
  public Clarification {
    candidates = List.copyOf(candidates);
  }
}
