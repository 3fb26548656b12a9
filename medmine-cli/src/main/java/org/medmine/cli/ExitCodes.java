package org.medmine.cli;

/** The exit codes of shared/DESIGN.md. */
final class ExitCodes {
  static final int OK = 0;
  static final int INTERNAL_ERROR = 1;
  static final int USER_ERROR = 2;
  static final int NEGATIVE_VERDICT = 3;

  private ExitCodes() {}
}
