package org.medmine.model;

/**
 * A {@link MedmineUserException} that says the caller's role may not do what was asked
 * (shared/DESIGN.md, "Security model"): an auditor mining, an analyst opening an identified
 * warehouse, a clinician writing results. The command line treats it as any user error (one
 * sentence, exit 2); the HTTP server answers it with 403 Forbidden rather than 400 Bad Request.
 */
public class MedmineAccessDeniedException extends MedmineUserException {
  private static final long serialVersionUID = 1L;

  public MedmineAccessDeniedException(String message) {
    super(message);
  }
}
