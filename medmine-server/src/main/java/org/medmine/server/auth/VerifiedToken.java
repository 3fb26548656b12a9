package org.medmine.server.auth;

import java.util.Objects;
import org.medmine.privacy.Role;

/**
 * A bearer JWT that passed every check: who it names (its {@code sub}, or {@code client_id} when it
 * has no subject; the audit log's actor), the one role its scopes grant, and its issuer.
 */
public record VerifiedToken(String actor, Role role, String issuer) {
  public VerifiedToken {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(issuer, "issuer");
  }
}
