package org.medmine.server.auth;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token request refused with one of RFC 6749 section 5.2's error codes ({@code invalid_request},
 * {@code invalid_client}, {@code unsupported_grant_type}, {@code invalid_scope}): HTTP 401 for
 * {@code invalid_client} (the client did not authenticate), 400 otherwise. The description is one
 * sentence; the reason a short code for the audit log.
 */
public final class OAuthError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String error;
  private final String reason;
  private final String clientId;

  OAuthError(String error, String reason, String clientId, String description) {
    super(description);
    this.error = error;
    this.reason = reason;
    this.clientId = clientId;
  }

  public static OAuthError invalidRequest(String reason, String description) {
    return new OAuthError("invalid_request", reason, null, description);
  }

  static OAuthError invalidClient(String reason, String description) {
    return new OAuthError("invalid_client", reason, null, description);
  }

  static OAuthError invalidScope(String clientId, String description) {
    return new OAuthError("invalid_scope", "invalid-scope", clientId, description);
  }

  static OAuthError unsupportedGrantType(String description) {
    return new OAuthError("unsupported_grant_type", "unsupported-grant-type", null, description);
  }

  /** 401 for invalid_client, else 400. */
  public int status() {
    return error.equals("invalid_client") ? 401 : 400;
  }

  public String error() {
    return error;
  }

  public String reason() {
    return reason;
  }

  /** The client that authenticated before the request was refused (invalid_scope), or null. */
  public String clientId() {
    return clientId;
  }

  /** The RFC 6749 section 5.2 JSON body. */
  public Map<String, String> body() {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", getMessage());
    return body;
  }
}
