package org.medmine.server;

import java.util.List;

/**
 * One endpoint of the API: its path under {@code /api/v1} (Javalin's {@code {name}} for a path
 * parameter), what it answers, the query parameters it takes, whether its answer lists patients or
 * providers (see {@link AppRunner}), and how it answers ({@link Answer}). The OpenAPI document
 * describes every route (a test checks it).
 */
record ApiRoute(
    String path, String summary, List<String> params, boolean listsPeople, Answer answer) {
  /** Computes a request's JSON document, or an {@link SvgImage} for a route that answers one. */
  @FunctionalInterface
  interface Answer {
    Object answer(
        Caller caller, QueryParams query, java.util.function.Function<String, String> pathParams);
  }

  ApiRoute {
    params = List.copyOf(params);
  }

  /** The path as the OpenAPI document and clients write it. */
  String fullPath() {
    return "/api/v1" + path;
  }
}
