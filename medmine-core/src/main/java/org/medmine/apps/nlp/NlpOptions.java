package org.medmine.apps.nlp;

import org.medmine.model.MedmineUserException;

/**
 * What {@link NlpApp} runs with.
 *
 * @param threads the annotating threads, 1 to 64 (the notes are read and the rows written on the
 *     calling thread)
 * @param top how many concepts the result lists, most mentioned first, 1 to 100
 */
public record NlpOptions(int threads, int top) {
  /** Refuses thread and concept counts outside their ranges, as user errors. */
  public NlpOptions {
    if (threads < 1 || threads > 64) {
      throw new MedmineUserException("--threads must be between 1 and 64, not " + threads + ".");
    }
    if (top < 1 || top > 100) {
      throw new MedmineUserException("--top must be between 1 and 100, not " + top + ".");
    }
  }

  /** As many threads as the machine has processors (at most 64), ten concepts. */
  public static NlpOptions defaults() {
    return new NlpOptions(Math.min(64, Runtime.getRuntime().availableProcessors()), 10);
  }
}
