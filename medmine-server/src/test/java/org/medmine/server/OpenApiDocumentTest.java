package org.medmine.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.warehouse.WarehouseSettings;

/**
 * The OpenAPI document describes every route of the API, with exactly the query parameters each one
 * takes.
 */
class OpenApiDocumentTest {
  private static final JsonNode DOC = read();

  private static JsonNode read() {
    try {
      return new ObjectMapper().readTree(Dashboard.resource("openapi.json"));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<ApiRoute> routes() {
    ServerSettings s =
        new ServerSettings(
            Path.of("w.duckdb"),
            WarehouseSettings.defaults(),
            "127.0.0.1",
            0,
            java.util.Optional.empty(),
            new AuthConfig(List.of()),
            java.util.Optional.empty(),
            w -> {});
    return ApiRoutes.all(new AppRunner(s));
  }

  @Test
  void everyRouteIsDescribedWithItsQueryParameters() {
    assertThat(DOC.get("openapi").asText()).startsWith("3.");
    List<ApiRoute> routes = routes();
    assertThat(routes).hasSizeGreaterThanOrEqualTo(10);
    for (ApiRoute route : routes) {
      JsonNode op = DOC.get("paths").path(route.fullPath()).path("get");
      assertThat(op.isMissingNode()).as("%s is described", route.fullPath()).isFalse();
      Set<String> described = new TreeSet<>();
      op.get("parameters")
          .forEach(
              p -> {
                if (p.get("in").asText().equals("query")) {
                  described.add(p.get("name").asText());
                }
              });
      assertThat(described).as(route.fullPath()).isEqualTo(new TreeSet<>(route.params()));
      assertThat(op.get("responses").has("401")).as(route.fullPath()).isTrue();
    }
  }

  /** The pages and assets of the dashboard: served, but not part of the API. */
  private static final Set<String> PAGES =
      Set.of("/", "/beds", "/dashboard.js", "/dashboard.css", "/beds.js", "/favicon.svg");

  /**
   * The server's own list of the handlers it registered (the API, the token endpoint, the JWKS, the
   * CDS Hooks services) against the document's operations: each one described with its method, and
   * nothing described that the server does not answer.
   */
  @Test
  void everyRouteTheServerRegistersIsDescribedWithItsMethodAndNothingElse(@TempDir Path dir)
      throws IOException {
    Set<String> served = new TreeSet<>();
    try (MedmineServer server =
        MedmineServer.start(
            ServedWarehouse.settings(
                dir.resolve("w.duckdb"), ServedWarehouse.auth(dir), ServedWarehouse.warnings()))) {
      for (String route : server.routes()) {
        String[] methodAndPath = route.split(" ", 2);
        if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(methodAndPath[0])
            && !PAGES.contains(methodAndPath[1])) {
          served.add(methodAndPath[0].toLowerCase(Locale.ROOT) + " " + methodAndPath[1]);
        }
      }
    }
    assertThat(served).contains("post /auth/token", "post /cds-services/{id}", "get /api/v1/stats");
    Set<String> described = new TreeSet<>();
    DOC.get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(method -> described.add(method + " " + path.getKey())));
    assertThat(described).isEqualTo(served);
  }

  @Test
  void theTokenEndpointIsDescribedWithTheFormFieldsOfAClientCredentialsGrant() {
    JsonNode token = DOC.at("/paths/~1auth~1token/post");
    JsonNode form =
        token.at("/requestBody/content/application~1x-www-form-urlencoded/schema/properties");
    List<String> fields = new ArrayList<>();
    form.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactly("grant_type", "scope", "client_assertion_type", "client_assertion");
    assertThat(token.get("security").isEmpty()).as("the token endpoint needs no token").isTrue();
    assertThat(token.at("/responses/200/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/TokenResponse");
    assertThat(DOC.at("/components/schemas/TokenResponse/required").toString())
        .contains("access_token", "token_type", "expires_in", "scope");
  }
}
