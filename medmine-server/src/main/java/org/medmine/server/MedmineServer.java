package org.medmine.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.medmine.context.ResultJson;
import org.medmine.context.SharedListener;
import org.medmine.ingest.hl7v2.MllpListener;
import org.medmine.server.auth.BearerJwtVerifier;
import org.medmine.server.auth.ClientCredentialsGrant;
import org.medmine.server.auth.ServerSigningKey;
import org.medmine.server.auth.TrustedIssuer;
import org.medmine.server.cds.CdsSettings;

/**
 * {@code medmine serve}: the JSON API {@code /api/v1} ({@link ApiRoutes}, described by {@code
 * /api/v1/openapi.json}) and the dashboard at {@code /} ({@link Dashboard}), on Javalin (Jetty),
 * over HTTPS when a keystore is given ({@link TransportSecurity}). Every {@code /api} request needs
 * a bearer token, an opaque API token or an OAuth 2.0 access token ({@link ApiAuthentication});
 * {@code /auth/token} issues access tokens to registered backend clients ({@link TokenEndpoint}).
 * CDS Hooks 2.0 services answer at {@code /cds-services} ({@link CdsHooksRoutes},
 * docs/cds-hooks.md). Errors are RFC 9457 problem documents without a stack trace ({@link
 * ApiErrors}). Start it with {@link #start} and stop it with {@link #close}.
 */
public final class MedmineServer implements AutoCloseable {
  private static final String CALLER = "medmine.caller";

  private final Javalin app;
  private final ServerSettings settings;
  private final AppRunner runner;
  private final List<SharedListener> listeners = new CopyOnWriteArrayList<>();
  private final CountDownLatch closed = new CountDownLatch(1);

  private final List<String> routes;

  private MedmineServer(
      Javalin app, ServerSettings settings, AppRunner runner, List<String> routes) {
    this.app = app;
    this.settings = settings;
    this.runner = runner;
    this.routes = List.copyOf(routes);
  }

  /** Starts serving {@code settings}; returns once the port is bound. */
  public static MedmineServer start(ServerSettings settings) {
    return start(settings, CdsSettings.DEFAULT);
  }

  /**
   * Starts serving {@code settings}, with the CDS Hooks services of {@code cds} ({@link
   * CdsHooksRoutes}); returns once the port is bound.
   */
  public static MedmineServer start(ServerSettings settings, CdsSettings cds) {
    AppRunner runner = new AppRunner(settings);
    List<ApiRoute> routes = ApiRoutes.all(runner, cds.riskModel());
    AuthConfig auth = settings.auth();
    CallerRateLimit limit = new CallerRateLimit(auth.limits().requestsPerMinute());
    ServerSigningKey key = ServerSigningKey.generate();
    AtomicInteger port = new AtomicInteger(settings.port());
    ClientCredentialsGrant grant =
        new ClientCredentialsGrant(
            auth.clients(),
            auth.tokenService(),
            () ->
                auth.tokenService()
                    .url()
                    .orElseGet(() -> TransportSecurity.tokenUrl(settings, port.get())),
            key,
            Clock.systemUTC());
    List<TrustedIssuer> issuers = new ArrayList<>(auth.issuers());
    issuers.add(grant.asTrustedIssuer());
    ApiAuthentication authentication =
        new ApiAuthentication(
            auth, new BearerJwtVerifier(issuers, auth.clockSkew()), runner, limit);
    TokenEndpoint tokens = new TokenEndpoint(grant, key, runner, limit);
    CdsHooksRoutes cdsHooks = new CdsHooksRoutes(settings, cds, runner, authentication, limit);
    List<String> served = new ArrayList<>();
    Javalin app =
        Javalin.create(
            config -> {
              config.events.handlerAdded(h -> served.add(h.getHttpMethod() + " " + h.getPath()));
              TransportSecurity.configure(config, settings);
              config.startup.showJavalinBanner = false;
              config.routes.before(
                  "/api/*", ctx -> ctx.attribute(CALLER, authentication.authenticate(ctx)));
              tokens.register(config);
              cdsHooks.register(config);
              configure(config, routes);
              ApiErrors.register(config, settings.warnings());
            });
    app.start();
    port.set(app.port());
    return new MedmineServer(app, settings, runner, served);
  }

  /** The port the server listens on (the one chosen when the settings asked for port 0). */
  public int port() {
    return app.port();
  }

  /**
   * Every handler the server registered, as {@code METHOD path} ({@code GET /api/v1/stats}, {@code
   * BEFORE /api/*}), in the order registered: what the OpenAPI document must describe.
   */
  public List<String> routes() {
    return routes;
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

  /**
   * Starts an HL7 v2 MLLP listener ({@code medmine serve --listen-port}) that stores into the
   * served warehouse while the server answers from it, so that the census and the bed board follow
   * the feed: each acknowledged message is in the next answer. {@code failures} hears the warehouse
   * failures that made a group of messages be answered AR. The server closes it first when it
   * closes.
   */
  public SharedListener listen(MllpListener.Options options, Consumer<Exception> failures) {
    SharedListener listener = runner.listen(options, failures);
    listeners.add(listener);
    return listener;
  }

  /** Returns once the server is closed (by another thread, e.g. a shutdown hook). */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  @Override
  public void close() {
    try {
      listeners.forEach(SharedListener::close);
      app.stop();
    } finally {
      closed.countDown();
    }
  }

  private static void configure(JavalinConfig config, List<ApiRoute> routes) {
    for (ApiRoute route : routes) {
      config.routes.get(route.fullPath(), ctx -> respond(ctx, route));
    }
    String openApi = Dashboard.resource("openapi.json");
    for (String path : List.of("/api/v1/openapi.json", "/openapi.json")) {
      config.routes.get(path, ctx -> ctx.contentType("application/json").result(openApi));
    }
    Dashboard.register(config);
  }

  private static void respond(Context ctx, ApiRoute route) {
    QueryParams query = new QueryParams(ctx.queryParamMap(), route.params());
    Object answer = route.answer().answer(ctx.attribute(CALLER), query, ctx::pathParam);
    if (answer instanceof RenderedJson json) {
      ctx.contentType("application/json").result(json.json());
    } else if (answer instanceof SvgImage image) {
      ctx.contentType(SvgImage.CONTENT_TYPE).result(image.svg());
    } else {
      ctx.contentType("application/json").result(ResultJson.write(answer));
    }
  }
}
