package org.medmine.server.auth;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medmine.model.MedmineUserException;

/**
 * The public keys (RFC 7517 JWKs) the auth config gives for an issuer or a client: inline {@code
 * keys}, a JWKS file, or both. Only RSA and EC keys are kept, and only their public part: a
 * symmetric ({@code oct}) key is refused, because the server accepts no HMAC signature (RFC 8725
 * section 3.1, the confusion of an HMAC key with a public key).
 */
public final class PublicKeys {
  private PublicKeys() {}

  /**
   * The keys of {@code owner} (named in errors): {@code inline} JWK objects and those of the JWKS
   * file {@code jwksFile}; at least one.
   */
  public static JWKSet of(String owner, List<Map<String, Object>> inline, Optional<Path> jwksFile) {
    List<JWK> keys = new ArrayList<>();
    for (Map<String, Object> k : inline) {
      try {
        keys.add(JWK.parse(k));
      } catch (ParseException e) {
        throw new MedmineUserException(
            "A key of " + owner + " is not a JWK (" + e.getMessage() + "): give RFC 7517 JSON.", e);
      }
    }
    if (jwksFile.isPresent()) {
      try {
        keys.addAll(JWKSet.load(jwksFile.get().toFile()).getKeys());
      } catch (IOException | ParseException e) {
        throw new MedmineUserException(
            "Cannot read the JWKS file "
                + jwksFile.get()
                + " of "
                + owner
                + " ("
                + e.getMessage()
                + "): give a JSON Web Key Set {\"keys\": [...]}.",
            e);
      }
    }
    if (keys.isEmpty()) {
      throw new MedmineUserException(
          owner + " has no public key: give \"keys\" (JWKs) or \"jwks\" (a JWKS file).");
    }
    return new JWKSet(keys.stream().map(k -> publicPart(owner, k)).toList());
  }

  private static JWK publicPart(String owner, JWK key) {
    if (key.getKeyType() != KeyType.RSA && key.getKeyType() != KeyType.EC) {
      throw new MedmineUserException(
          "A key of "
              + owner
              + " is of type "
              + key.getKeyType()
              + ": give RSA or EC public keys (HMAC is not accepted).");
    }
    return key.toPublicJWK();
  }
}
