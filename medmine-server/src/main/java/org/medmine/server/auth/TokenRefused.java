package org.medmine.server.auth;

/**
 * A bearer token the server will not serve: 401 when it proves no caller (missing, malformed,
 * expired, not yet valid, for another audience or issuer, badly signed, a refused algorithm), 403
 * when it proves one whose scopes grant no medmine role or several (RFC 6750 section 3.1: {@code
 * invalid_token}, {@code insufficient_scope}). The reason is a short code for the audit log; the
 * message one sentence for the caller, which never echoes the token.
 */
public final class TokenRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String reason;
  private final String actor;

  TokenRefused(int status, String reason, String actor, String sentence) {
    super(sentence);
    this.status = status;
    this.reason = reason;
    this.actor = actor;
  }

  /** A 401: the token proves no caller. */
  public static TokenRefused invalid(String reason, String sentence) {
    return new TokenRefused(401, reason, null, sentence);
  }

  /** A 403: the token proves {@code actor}, whose scopes do not allow this. */
  static TokenRefused insufficientScope(String reason, String actor, String sentence) {
    return new TokenRefused(403, reason, actor, sentence);
  }

  /** 401 or 403. */
  public int status() {
    return status;
  }

  /** A short code without spaces, for the audit log ({@code token-expired}). */
  public String reason() {
    return reason;
  }

  /** The caller the token proved (a 403), or null (a 401). */
  public String actor() {
    return actor;
  }

  /** The RFC 6750 error code for {@code WWW-Authenticate}. */
  public String oauthError() {
    return status == 403 ? "insufficient_scope" : "invalid_token";
  }
}
