package org.medmine.server;

import io.javalin.http.Context;
import io.javalin.plugin.bundled.RateLimitPlugin;
import java.util.concurrent.TimeUnit;

/**
 * The per-caller request limit of {@link RequestLimits}, counted by Javalin's {@link
 * RateLimitPlugin} (a fixed one-minute window per key): the key is the caller's user once a token
 * proved one, else the client's address. Over the limit the plugin answers 429 ({@link ApiErrors}).
 */
final class CallerRateLimit {
  private static final String KEY = "medmine.rate-key";

  private final int perMinute;

  CallerRateLimit(int perMinute) {
    this.perMinute = perMinute;
  }

  /** The plugin to register, counting by the key {@link #charge} sets. */
  static RateLimitPlugin plugin() {
    return new RateLimitPlugin(
        config ->
            config.setKeyFunction(
                ctx -> {
                  Object key = ctx.attribute(KEY);
                  return key == null ? "address " + ctx.ip() : key.toString();
                }));
  }

  /** Counts one request of {@code key}; a 429 when it is over the limit. */
  void charge(Context ctx, String key) {
    if (perMinute == 0) {
      return;
    }
    ctx.attribute(KEY, key);
    ctx.with(RateLimitPlugin.class).requestPerTimeUnit(perMinute, TimeUnit.MINUTES);
  }
}
