package org.medmine.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.apps.cds.AlertPolicy;
import org.medmine.apps.cds.PgxAdvisor;
import org.medmine.apps.prediction.PredictApp;
import org.medmine.apps.prediction.PredictOptions;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.privacy.AuditLog;
import org.medmine.server.cds.CdsSettings;
import org.medmine.warehouse.Warehouse;

/**
 * Requests served side by side (issue 18's load target): many at once give the answers the same
 * requests give one after another on a fresh server, each writes exactly one audit entry and the
 * chain stays intact, a patient who denied consent is in no answer, and a request that writes
 * result tables ({@code /quality}) while others read leaves every reader answered.
 */
class ConcurrentRequestsTest {
  private static final int ROUNDS = 6;
  @TempDir Path dir;
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void parallelRequestsAnswerAsSequentialOnesWithOneAuditEntryEachAndNoDeniedPatient()
      throws Exception {
    Path warehouse = ServedWarehouse.warehouse(dir);
    Path model = SavedStudyModel.train(dir, warehouse);
    List<String> patients = scoredPatients(warehouse, model);
    String denied = patients.get(0);
    ServedWarehouse.denyConsent(warehouse, denied);
    List<String> paths = new ArrayList<>(List.of("stats", "surveillance"));
    patients.forEach(p -> paths.add("patients/" + p + "/risk?study=" + SavedStudyModel.STUDY));

    Map<String, String> sequential = new LinkedHashMap<>();
    try (MedmineServer server = start(warehouse, model)) {
      assertThat(get(server, "quality").statusCode()).as("results written before").isEqualTo(200);
      for (String path : paths) {
        sequential.put(path, answer(get(server, path)));
      }
    }
    assertThat(sequential.get(paths.get(2))).as("the denied patient's risk").startsWith("404 ");
    assertThat(sequential.values().stream().filter(a -> a.startsWith("200 "))).hasSize(4);

    List<String> before = AuditTrail.entries(warehouse);
    List<String> asked = new ArrayList<>();
    for (int i = 0; i < ROUNDS; i++) {
      asked.addAll(paths);
      asked.add("quality");
    }
    List<HttpResponse<String>> answers = new ArrayList<>();
    try (MedmineServer server = start(warehouse, model)) {
      ExecutorService pool = Executors.newFixedThreadPool(asked.size());
      List<Future<HttpResponse<String>>> sent = new ArrayList<>();
      for (String path : asked) {
        sent.add(pool.submit(() -> get(server, path)));
      }
      for (Future<HttpResponse<String>> f : sent) {
        answers.add(f.get());
      }
      pool.shutdown();
    }
    for (int i = 0; i < asked.size(); i++) {
      String path = asked.get(i);
      HttpResponse<String> r = answers.get(i);
      assertThat(r.body()).as(path).doesNotContain(denied);
      if (path.equals("quality")) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      } else {
        assertThat(answer(r)).as(path).isEqualTo(sequential.get(path));
      }
    }
    List<String> entries = AuditTrail.since(warehouse, before);
    assertThat(entries).hasSize(asked.size());
    for (String path : paths) {
      String action = "|GET /api/v1/" + path.replaceFirst("\\?.*$", "") + "|";
      assertThat(entries.stream().filter(e -> e.contains(action))).as(action).hasSize(ROUNDS);
    }
    try (Warehouse w = Warehouse.open(warehouse)) {
      AuditLog.Verdict verdict = AuditLog.verify(w.connection(), warehouse, Optional.empty());
      assertThat(verdict.problems()).isEmpty();
    }
  }

  private MedmineServer start(Path warehouse, Path model) throws Exception {
    CdsSettings cds =
        new CdsSettings(AlertPolicy.DEFAULT, Optional.of(model), PgxAdvisor.NONE, true);
    return MedmineServer.start(
        ServedWarehouse.settings(warehouse, ServedWarehouse.auth(dir), ServedWarehouse.warnings()),
        cds);
  }

  private HttpResponse<String> get(MedmineServer server, String path) throws Exception {
    return ServedWarehouse.get(
        client, "http://127.0.0.1:" + server.port() + "/api/v1/" + path, ServedWarehouse.ADMIN);
  }

  /** The status and the body without the time the result was computed at. */
  private static String answer(HttpResponse<String> r) throws Exception {
    if (r.statusCode() != 200) {
      return r.statusCode() + " " + r.body();
    }
    JsonNode doc = ServedWarehouse.json(r);
    if (doc.get("run") instanceof ObjectNode p) {
      p.remove("ranAt");
    }
    return r.statusCode() + " " + doc;
  }

  /** Three patients 'medmine predict' scores, highest risk first. */
  private static List<String> scoredPatients(Path warehouse, Path model) {
    try (AnalysisContext c = AnalysisContext.open(ContextRequest.of(warehouse))) {
      return c.run(new PredictApp(), new PredictOptions(model, 0, 3)).scored().stream()
          .map(s -> s.event().patientId())
          .distinct()
          .limit(3)
          .toList();
    }
  }
}
