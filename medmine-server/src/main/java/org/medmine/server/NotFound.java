package org.medmine.server;

/**
 * What a route answers when the thing the path names has nothing to show (e.g. a patient without a
 * risk, or one who denied consent): a 404 problem document with this one sentence, told apart from
 * an unknown path's 404 ({@link ApiErrors}).
 */
final class NotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NotFound(String sentence) {
    super(sentence);
  }
}
