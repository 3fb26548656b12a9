package org.medmine.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
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

  @Test
  void theDocumentDescribesNoRouteTheServerLacks() {
    List<String> served = new ArrayList<>(routes().stream().map(ApiRoute::fullPath).toList());
    served.add("/api/v1/openapi.json");
    List<String> described = new ArrayList<>();
    DOC.get("paths").fieldNames().forEachRemaining(described::add);
    assertThat(described).containsExactlyInAnyOrderElementsOf(served);
  }
}
