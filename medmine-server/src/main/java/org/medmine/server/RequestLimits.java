package org.medmine.server;

import org.medmine.model.MedmineUserException;

/**
 * What one caller may send: the largest request body in bytes (a larger one is 413), and how many
 * requests a minute one caller (a token's user, or an address whose requests carry no valid token)
 * may make (more is 429; 0 means no limit, e.g. for a benchmark).
 */
public record RequestLimits(long maxBodyBytes, int requestsPerMinute) {
  /** 64 KiB bodies (the API reads none but the token form), 600 requests a minute. */
  public static final RequestLimits DEFAULT = new RequestLimits(64 * 1024, 600);

  public RequestLimits {
    if (maxBodyBytes < 1024 || maxBodyBytes > 16L * 1024 * 1024) {
      throw new MedmineUserException(
          "\"maxBodyBytes\" must be between 1024 and 16777216, not " + maxBodyBytes + ".");
    }
    if (requestsPerMinute < 0) {
      throw new MedmineUserException(
          "\"requestsPerMinute\" must be 0 (no limit) or more, not " + requestsPerMinute + ".");
    }
  }
}
