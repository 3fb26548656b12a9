package org.medmine.mining.nlp;

import java.util.List;

/**
 * A sentence as ConText sees it: its phrase tokens (no hyphens or slashes), the triggers found in
 * them and, apart, the informant phrases.
 */
public record SentenceTriggers(
    List<Token> tokens, List<TriggerMatch> matches, List<TriggerMatch> informants) {
  public SentenceTriggers {
    tokens = List.copyOf(tokens);
    matches = List.copyOf(matches);
    informants = List.copyOf(informants);
  }
}
