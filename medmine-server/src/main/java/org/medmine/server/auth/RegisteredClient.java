package org.medmine.server.auth;

import com.nimbusds.jose.jwk.JWKSet;
import java.util.Objects;
import java.util.Set;

/**
 * A backend client registered with the token endpoint (SMART App Launch v2, "Backend Services",
 * registration): its {@code client_id}, the public keys its client assertions are signed with, and
 * the scopes it may be granted.
 */
public record RegisteredClient(String clientId, JWKSet keys, Set<String> scopes) {
  public RegisteredClient {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(keys, "keys");
    scopes = Set.copyOf(scopes);
  }
}
