package org.medmine.server;

import java.util.Objects;
import org.medmine.privacy.Role;

/**
 * Who sent a request, as its token says: the user the audit log names as actor, and the medmine
 * role the request's analysis context is opened with.
 */
public record Caller(String user, Role role) {
  public Caller {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(role, "role");
  }
}
