package org.medmine.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.plugin.bundled.CorsPlugin;
import java.util.List;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The transport rules of {@code medmine serve}: HTTPS from the keystore when one is given (HSTS
 * then), the address it binds (loopback unless TLS, {@link ServerSettings}), the request body limit
 * (a declared {@code Content-Length} over it is 413 before any handler; a body streamed without one
 * is cut at the same size by Javalin), the rate-limit plugin ({@link CallerRateLimit}), CORS only
 * for the configured origins (none: no CORS header at all), and the security headers of every
 * response.
 */
final class TransportSecurity {
  private TransportSecurity() {}

  static void configure(JavalinConfig config, ServerSettings settings) {
    long maxBody = settings.auth().limits().maxBodyBytes();
    config.http.maxRequestSize = maxBody;
    config.jetty.host = settings.bind();
    config.jetty.port = settings.port();
    settings
        .tls()
        .ifPresent(
            tls ->
                config.jetty.addConnector(
                    (server, http) -> {
                      SslContextFactory.Server ssl = new SslContextFactory.Server();
                      ssl.setKeyStorePath(tls.keystore().toAbsolutePath().toString());
                      ssl.setKeyStorePassword(new String(tls.password()));
                      http.addCustomizer(new SecureRequestCustomizer(false));
                      ServerConnector connector =
                          new ServerConnector(
                              server,
                              new SslConnectionFactory(ssl, "http/1.1"),
                              new HttpConnectionFactory(http));
                      connector.setHost(settings.bind());
                      connector.setPort(settings.port());
                      return connector;
                    }));
    config.registerPlugin(CallerRateLimit.plugin());
    List<String> origins = settings.auth().corsOrigins();
    if (!origins.isEmpty()) {
      config.registerPlugin(
          new CorsPlugin(
              cors ->
                  cors.addRule(
                      rule -> {
                        for (String origin : origins) {
                          rule.allowHost(origin);
                        }
                      })));
    }
    config.routes.before(ctx -> securityHeaders(ctx, settings));
    config.routes.before(
        ctx -> {
          if (ctx.contentLength() > maxBody) {
            throw new ContentTooLargeResponse();
          }
        });
  }

  private static void securityHeaders(Context ctx, ServerSettings settings) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Cache-Control", "no-store");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
    if (settings.tls().isPresent()) {
      ctx.header("Strict-Transport-Security", "max-age=31536000");
    }
  }

  /** The URL the server's token endpoint has on {@code port} (a client assertion's aud). */
  static String tokenUrl(ServerSettings settings, int port) {
    String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
    return (settings.tls().isPresent() ? "https" : "http")
        + "://"
        + host
        + ":"
        + port
        + TokenEndpoint.TOKEN_PATH;
  }
}
