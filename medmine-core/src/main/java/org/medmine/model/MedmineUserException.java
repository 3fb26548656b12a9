package org.medmine.model;

import java.util.Optional;

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

  /**
   * The user error that {@code failure} is or was caused by (the first in its chain of causes), if
   * any: a front end says that sentence rather than the wrapper's.
   */
  public static Optional<MedmineUserException> in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof MedmineUserException user) {
        return Optional.of(user);
      }
    }
    return Optional.empty();
  }
}
