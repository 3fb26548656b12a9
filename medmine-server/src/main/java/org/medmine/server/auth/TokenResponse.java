package org.medmine.server.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A successful token response (RFC 6749 section 5.1; SMART Backend Services): the access token, its
 * type ({@code bearer}), its lifetime in seconds and the scopes granted.
 */
public record TokenResponse(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") long expiresIn,
    @JsonProperty("scope") String scope) {}
