package org.medmine.apps.cds;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small FHIR endpoint on 127.0.0.1 for tests: it answers {@code GET
 * /fhir/MedicationRequest?patient=...&status=active} with a fixed searchset Bundle when the request
 * carries {@code Authorization: Bearer TOKEN}, 401 otherwise, and remembers the queries it got.
 */
final class LoopbackFhirServer implements AutoCloseable {
  private final HttpServer server;
  final List<String> queries = new CopyOnWriteArrayList<>();

  LoopbackFhirServer(String token, String bundleJson) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/fhir/MedicationRequest",
        exchange -> {
          queries.add(exchange.getRequestURI().getQuery());
          boolean allowed =
              ("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"));
          byte[] body =
              (allowed ? bundleJson : "{\"resourceType\":\"OperationOutcome\"}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
          exchange.sendResponseHeaders(allowed ? 200 : 401, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  /** The base URL, {@code http://127.0.0.1:PORT/fhir}. */
  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
