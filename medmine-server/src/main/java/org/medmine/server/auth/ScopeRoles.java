package org.medmine.server.auth;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medmine.privacy.Role;

/**
 * Which of medmine's roles an OAuth scope names. Two spellings are accepted: medmine's own {@code
 * medmine/ROLE} and the SMART App Launch v2 style {@code system/medmine.ROLE} (backend services) or
 * {@code user/medmine.ROLE} (a user's token), where ROLE is {@code admin}, {@code data-engineer},
 * {@code analyst}, {@code clinician} or {@code auditor} (shared/DESIGN.md, "Security model"). Any
 * other scope (e.g. {@code system/Patient.rs}, {@code openid}) names no role and is ignored. A
 * token is served only when its scopes name exactly one role: a request runs as one role, and the
 * server does not guess which.
 */
public final class ScopeRoles {
  private static final Pattern ROLE_SCOPE =
      Pattern.compile("(?:medmine/|(?:system|user)/medmine\\.)([a-z-]+)");

  private ScopeRoles() {}

  /** The role {@code scope} names, if it names one. */
  public static Optional<Role> roleOf(String scope) {
    Matcher m = ROLE_SCOPE.matcher(scope);
    if (!m.matches()) {
      return Optional.empty();
    }
    for (Role r : Role.values()) {
      if (r.cliName().equals(m.group(1))) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** The roles {@code scopes} name (empty when none does). */
  public static Set<Role> roles(Collection<String> scopes) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String s : scopes) {
      roleOf(s).ifPresent(roles::add);
    }
    return roles;
  }
}
