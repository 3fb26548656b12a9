package org.medmine.model;

/**
 * A failure the user can fix: bad input, a bad option, a missing file. Its message is one sentence
 * that says what is wrong and what to do; the CLI prints it without a stack trace and exits with
 * code 2.
 */
public class MedmineUserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MedmineUserException(String message) {
    super(message);
  }

  public MedmineUserException(String message, Throwable cause) {
    super(message, cause);
  }
}
