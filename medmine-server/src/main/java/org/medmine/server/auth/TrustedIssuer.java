package org.medmine.server.auth;

import com.nimbusds.jose.jwk.JWKSet;
import java.util.Objects;

/**
 * An authorization server whose access tokens the server accepts: its {@code iss}, the {@code aud}
 * its tokens must carry for this server, and its public signing keys (RFC 9068 section 4: the
 * resource server checks the issuer, the audience and the signature with the issuer's keys).
 */
public record TrustedIssuer(String issuer, String audience, JWKSet keys) {
  public TrustedIssuer {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(keys, "keys");
  }
}
