package org.medmine.server;

import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The dashboard at {@code /} and the bed board at {@code /beds} (which polls {@code /api/v1/census}
 * every few seconds): HTML pages, their scripts, a style and an icon (without one a browser asks
 * for {@code /favicon.ico} and logs the 404 as an error), served from the jar (no CDN, works with
 * no network). The page holds no data: it asks for an API token, keeps it in the tab's session
 * storage and reads the API with it, so what it shows is exactly what the token's role may see.
 */
final class Dashboard {
  private static final Map<String, String> FILES =
      Map.of(
          "/", "dashboard/index.html",
          "/dashboard.js", "dashboard/dashboard.js",
          "/dashboard.css", "dashboard/dashboard.css",
          "/beds", "dashboard/beds.html",
          "/beds.js", "dashboard/beds.js",
          "/favicon.svg", "dashboard/favicon.svg");

  private Dashboard() {}

  static void register(JavalinConfig config) {
    FILES.forEach(
        (path, file) -> {
          String type =
              file.endsWith(".html")
                  ? "text/html; charset=utf-8"
                  : file.endsWith(".js")
                      ? "text/javascript; charset=utf-8"
                      : file.endsWith(".svg") ? "image/svg+xml" : "text/css; charset=utf-8";
          String body = resource(file);
          config.routes.get(path, ctx -> ctx.contentType(type).result(body));
        });
  }

  /** The text of the resource {@code name} beside this class. */
  static String resource(String name) {
    try (InputStream in = Dashboard.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks the resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
