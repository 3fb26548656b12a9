package org.medmine.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.medmine.context.ResultJson;

/**
 * {@code medmine serve}: the JSON API {@code /api/v1} ({@link ApiRoutes}, described by {@code
 * /api/v1/openapi.json}) and the dashboard at {@code /} ({@link Dashboard}), on Javalin (Jetty),
 * over HTTPS when a keystore is given. Every {@code /api} request needs a bearer token ({@link
 * AuthConfig}); errors are JSON {@code {"error": one sentence}} without a stack trace ({@link
 * ApiErrors}). Start it with {@link #start} and stop it with {@link #close}.
 */
public final class MedmineServer implements AutoCloseable {
  /**
   * The largest request body accepted (the API reads none yet; this bounds what a client can make
   * it buffer).
   */
  static final long MAX_REQUEST_BYTES = 64 * 1024;

  private static final String CALLER = "medmine.caller";

  private final Javalin app;
  private final ServerSettings settings;
  private final CountDownLatch closed = new CountDownLatch(1);

  private MedmineServer(Javalin app, ServerSettings settings) {
    this.app = app;
    this.settings = settings;
  }

  /** Starts serving {@code settings}; returns once the port is bound. */
  public static MedmineServer start(ServerSettings settings) {
    AppRunner runner = new AppRunner(settings);
    List<ApiRoute> routes = ApiRoutes.all(runner);
    Javalin app = Javalin.create(config -> configure(config, settings, routes));
    app.start();
    return new MedmineServer(app, settings);
  }

  /** The port the server listens on (the one chosen when the settings asked for port 0). */
  public int port() {
    return app.port();
  }

  /** Where the server is reached: {@code http(s)://BIND:PORT/}. */
  public String url() {
    return (settings.tls().isPresent() ? "https" : "http")
        + "://"
        + settings.bind()
        + ":"
        + port()
        + "/";
  }

  /** Returns once the server is closed (by another thread, e.g. a shutdown hook). */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      closed.countDown();
    }
  }

  private static void configure(
      JavalinConfig config, ServerSettings settings, List<ApiRoute> routes) {
    config.startup.showJavalinBanner = false;
    config.http.maxRequestSize = MAX_REQUEST_BYTES;
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
    config.routes.before(ctx -> securityHeaders(ctx, settings));
    config.routes.before(
        "/api/*", ctx -> ctx.attribute(CALLER, authenticate(ctx, settings.auth())));
    for (ApiRoute route : routes) {
      config.routes.get(route.fullPath(), ctx -> respond(ctx, route));
    }
    config.routes.get(
        "/api/v1/openapi.json",
        ctx -> ctx.contentType("application/json").result(Dashboard.resource("openapi.json")));
    Dashboard.register(config);
    ApiErrors.register(config, settings.warnings());
  }

  private static void respond(Context ctx, ApiRoute route) {
    QueryParams query = new QueryParams(ctx.queryParamMap(), route.params());
    Object answer = route.answer().answer(ctx.attribute(CALLER), query, ctx::pathParam);
    if (answer instanceof SvgImage image) {
      ctx.contentType(SvgImage.CONTENT_TYPE).result(image.svg());
    } else {
      ctx.contentType("application/json").result(ResultJson.write(answer));
    }
  }

  private static Caller authenticate(Context ctx, AuthConfig auth) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
      throw new ApiErrors.Unauthenticated("Send an API token: Authorization: Bearer TOKEN.");
    }
    return auth.authenticate(header.substring(7).strip())
        .orElseThrow(
            () ->
                new ApiErrors.Unauthenticated(
                    "The API token is not known to this server: check it, or ask for one."));
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
}
