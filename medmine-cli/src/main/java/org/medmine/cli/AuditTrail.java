package org.medmine.cli;

/**
 * Who is acting, for the audit log: the actor is the operating-system user, the role comes from
 * {@code MEDMINE_ROLE} (default admin). {@link AuditSession} writes the entries.
 */
final class AuditTrail {
  private AuditTrail() {}

  static String actor() {
    return System.getProperty("user.name", "unknown");
  }

  static String role() {
    String r = System.getenv("MEDMINE_ROLE");
    return r == null || r.isBlank() ? "admin" : r.strip();
  }
}
