package org.medmine.server;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/**
 * A test authorization server and a test backend client, with keys generated for the run (nothing
 * is read from or written to a key file): it mints access tokens (RS256, ES256, and the forgeries a
 * server must refuse) and client assertions, and writes the auth config that trusts it.
 */
final class TestAuthority {
  static final String ISSUER = "https://idp.test";
  static final String AUDIENCE = "https://medmine.test/api";
  static final String CLIENT_ID = "bed-board-sync";

  final RSAKey rsa;
  final ECKey ec;
  final ECKey client;

  TestAuthority() throws JOSEException {
    rsa = new RSAKeyGenerator(2048).keyID("idp-rsa").generate();
    ec = new ECKeyGenerator(Curve.P_256).keyID("idp-ec").generate();
    client = new ECKeyGenerator(Curve.P_384).keyID("client-ec").generate();
  }

  /**
   * The auth config: one opaque admin token, this issuer's public keys, this client (allowed the
   * admin and auditor role scopes), a 2 KiB body limit, {@code perMinute} requests a minute, and
   * one CORS origin.
   */
  String authConfigJson(int perMinute) {
    return "{\"tokens\": [{\"sha256\": \""
        + AuthConfig.sha256(ServedWarehouse.ADMIN)
        + "\", \"user\": \"alice\", \"role\": \"admin\"}],"
        + " \"issuers\": [{\"issuer\": \""
        + ISSUER
        + "\", \"audience\": \""
        + AUDIENCE
        + "\", \"keys\": ["
        + rsa.toPublicJWK().toJSONString()
        + ", "
        + ec.toPublicJWK().toJSONString()
        + "]}],"
        + " \"clients\": [{\"clientId\": \""
        + CLIENT_ID
        + "\", \"keys\": ["
        + client.toPublicJWK().toJSONString()
        + "], \"scopes\": [\"system/medmine.admin\", \"system/medmine.auditor\"]}],"
        + " \"clockSkewSeconds\": 30,"
        + " \"limits\": {\"maxBodyBytes\": 2048, \"requestsPerMinute\": "
        + perMinute
        + "},"
        + " \"cors\": {\"origins\": [\"https://dashboard.test\"]}}";
  }

  /** Claims of a token valid now for five minutes, for {@code subject} with {@code scope}. */
  static JWTClaimsSet.Builder claims(String subject, String scope) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .subject(subject)
        .claim("scope", scope)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
        .jwtID(UUID.randomUUID().toString());
  }

  String rs256(JWTClaimsSet.Builder claims) throws JOSEException {
    return sign(JWSAlgorithm.RS256, rsa.getKeyID(), claims, new RSASSASigner(rsa));
  }

  /** Signed by the issuer's own RSA key, but with RS384: an algorithm access tokens may not use. */
  String rs384(JWTClaimsSet.Builder claims) throws JOSEException {
    return sign(JWSAlgorithm.RS384, rsa.getKeyID(), claims, new RSASSASigner(rsa));
  }

  String es256(JWTClaimsSet.Builder claims) throws JOSEException {
    return sign(JWSAlgorithm.ES256, ec.getKeyID(), claims, new ECDSASigner(ec));
  }

  /** Signed by another RSA key under this issuer's key id: the signature cannot verify. */
  String forgedRs256(JWTClaimsSet.Builder claims) throws JOSEException {
    RSAKey other = new RSAKeyGenerator(2048).keyID(rsa.getKeyID()).generate();
    return sign(JWSAlgorithm.RS256, rsa.getKeyID(), claims, new RSASSASigner(other));
  }

  /** The key-confusion forgery: HS256 with the issuer's PUBLIC key bytes as the HMAC secret. */
  String hs256WithThePublicKey(JWTClaimsSet.Builder claims) throws JOSEException {
    byte[] secret = rsa.toRSAPublicKey().getEncoded();
    return sign(JWSAlgorithm.HS256, rsa.getKeyID(), claims, new MACSigner(secret));
  }

  /** An unsigned token ({@code alg: none}). */
  static String algNone(JWTClaimsSet.Builder claims) {
    return new PlainJWT(claims.build()).serialize();
  }

  /** A client assertion of this client (ES384) for {@code tokenUrl}, expiring in {@code life}. */
  String assertion(String tokenUrl, Duration life) throws JOSEException {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(CLIENT_ID)
            .subject(CLIENT_ID)
            .audience(tokenUrl)
            .expirationTime(Date.from(now.plus(life)))
            .jwtID(UUID.randomUUID().toString());
    return sign(JWSAlgorithm.ES384, client.getKeyID(), claims, new ECDSASigner(client));
  }

  private static String sign(
      JWSAlgorithm alg, String kid, JWTClaimsSet.Builder claims, com.nimbusds.jose.JWSSigner signer)
      throws JOSEException {
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(kid).build(), claims.build());
    jwt.sign(signer);
    return jwt.serialize();
  }
}
