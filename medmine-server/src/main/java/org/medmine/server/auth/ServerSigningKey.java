package org.medmine.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.UUID;

/**
 * The key the server signs its own access tokens with: an EC P-256 key (ES256) generated when the
 * server starts and never written anywhere, so tokens it issued stop verifying when it restarts
 * (they live minutes). Its public half is published as a JWKS ({@code /auth/jwks.json}) for other
 * resource servers.
 */
public final class ServerSigningKey {
  private final ECKey key;

  private ServerSigningKey(ECKey key) {
    this.key = key;
  }

  /** A fresh key with a random key id. */
  public static ServerSigningKey generate() {
    try {
      return new ServerSigningKey(
          new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).generate());
    } catch (JOSEException e) {
      throw new IllegalStateException("this Java cannot generate an EC P-256 key", e);
    }
  }

  /** The public key, as a JWK set. */
  public JWKSet publicKeys() {
    return new JWKSet(key.toPublicJWK());
  }

  /** {@code claims} as a compact JWS (ES256, {@code typ: at+jwt}, RFC 9068 section 2.1). */
  String sign(JWTClaimsSet claims) {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(new JOSEObjectType("at+jwt"))
                .keyID(key.getKeyID())
                .build(),
            claims);
    try {
      jwt.sign(new ECDSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("could not sign an access token", e);
    }
    return jwt.serialize();
  }
}
