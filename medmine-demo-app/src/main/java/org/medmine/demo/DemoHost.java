package org.medmine.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.medmine.apps.deid.DeidKeys;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;

/**
 * What the front end running the demo gives it, as shared/DESIGN.md asks of every front end ("front
 * ends pass configuration in"): the {@code console} the demo prints on, how the front end opens an
 * analysis context on a warehouse file ({@code contexts}: role, actor, audit action, warehouse
 * settings and key, audit key, where warnings go), and the process {@code environment}, where the
 * privacy step finds the pseudonymization secret ({@link DeidKeys#SECRET_ENV}).
 */
public record DemoHost(
    PrintWriter console, Function<Path, ContextRequest> contexts, Map<String, String> environment) {
  public DemoHost {
    Objects.requireNonNull(console, "console");
    Objects.requireNonNull(contexts, "contexts");
    environment = Map.copyOf(environment);
  }

  /** A context on {@code warehouse} that may write {@code resultTables} (none: read-only). */
  AnalysisContext open(Path warehouse, Set<String> resultTables) {
    return AnalysisContext.open(contexts.apply(warehouse).withResultTables(resultTables));
  }

  /** Never the environment's values: it holds secrets. */
  @Override
  public String toString() {
    return "DemoHost[environment=<" + environment.size() + " variables>]";
  }
}
