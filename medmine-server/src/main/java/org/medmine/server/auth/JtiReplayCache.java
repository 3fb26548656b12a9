package org.medmine.server.auth;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client-assertion identifiers ({@code jti}) already used, each kept until its assertion
 * expires, so an assertion is accepted once (RFC 7523 section 3, item 7; SMART Backend Services:
 * the server SHALL reject an assertion whose jti was seen before within its lifetime). Keyed by
 * client and jti: two clients may pick the same jti.
 */
final class JtiReplayCache {
  private final ConcurrentHashMap<String, Instant> seen = new ConcurrentHashMap<>();

  /**
   * Records {@code jti} of {@code clientId} until {@code expires}; false when it was already
   * recorded and has not expired at {@code now}.
   */
  boolean firstUse(String clientId, String jti, Instant expires, Instant now) {
    seen.values().removeIf(until -> until.isBefore(now));
    return seen.putIfAbsent(clientId + "\u0000" + jti, expires) == null;
  }
}
