package org.medmine.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.apps.surveillance.SpaceTimeScanApp;
import org.medmine.apps.surveillance.SpaceTimeScanOptions;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.context.ResultJson;
import org.medmine.privacy.Role;
import org.medmine.warehouse.Warehouse;

/**
 * {@code /api/v1/scan} answers the space-time scan's document with the clusters the app finds on
 * the same warehouse with the same options and seed, and {@code /api/v1/scan/map} its map as SVG
 * with one circle per significant cluster; both need a token.
 */
class ScanEndpointsTest {
  /** A fast retrospective scan of 2024 over the shared population's ZIP3 areas (99 replicates). */
  private static final String QUERY =
      "?region=zip3&retrospective=true&replicates=99&seed=7&from=2024-01-01&to=2024-12-31";

  private static final Pattern CLUSTER_CIRCLE = Pattern.compile("<circle class=\"cluster\"");

  @TempDir Path dir;
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void scanAndItsMapAnswerTheAppsClustersAndNeedAToken() throws Exception {
    Path warehouse = ServedWarehouse.warehouse(dir);
    String planted = plantCluster(warehouse);
    JsonNode direct = runDirectly(warehouse);
    List<String> warnings = ServedWarehouse.warnings();
    try (MedmineServer server =
        MedmineServer.start(
            ServedWarehouse.settings(warehouse, ServedWarehouse.auth(dir), warnings))) {
      String base = "http://127.0.0.1:" + server.port() + "/api/v1/scan";
      HttpResponse<String> scan = ServedWarehouse.get(client, base + QUERY, ServedWarehouse.ADMIN);
      assertThat(scan.statusCode()).as(scan.body()).isEqualTo(200);
      assertThat(scan.headers().firstValue("Content-Type").orElse("")).contains("application/json");
      JsonNode doc = ServedWarehouse.json(scan);
      assertThat(doc.get("run").get("app").asText()).isEqualTo("scan");
      assertThat(doc.get("run").get("role").asText()).isEqualTo("admin");
      JsonNode primary = doc.get("clusters").get(0);
      assertThat(primary).as("the planted cluster is found: " + doc).isNotNull();
      assertThat(primary.get("regions").toString()).contains(planted);
      assertThat(primary.get("firstWeek").asText()).isEqualTo("2024-W34");
      assertThat(primary.get("lastWeek").asText()).isEqualTo("2024-W35");
      assertThat(doc.get("clusters")).isEqualTo(direct.get("clusters"));
      assertThat(doc.get("mostLikely")).isEqualTo(direct.get("mostLikely"));

      HttpResponse<String> map =
          ServedWarehouse.get(client, base + "/map" + QUERY, ServedWarehouse.ADMIN);
      assertThat(map.statusCode()).as(map.body()).isEqualTo(200);
      assertThat(map.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
      assertThat(map.body()).startsWith("<svg").contains("class=\"place\"");
      assertThat(CLUSTER_CIRCLE.matcher(map.body()).results().count())
          .isEqualTo(doc.get("clusters").size());

      String surveillance = "http://127.0.0.1:" + server.port() + "/api/v1/surveillance";
      assertThat(ServedWarehouse.get(client, surveillance, ServedWarehouse.ANALYST).statusCode())
          .as("an analyst is refused identified data")
          .isEqualTo(403);
      for (String path : List.of(base + QUERY, base + "/map" + QUERY)) {
        assertThat(ServedWarehouse.get(client, path, ServedWarehouse.ANALYST).statusCode())
            .as("as on /surveillance: " + path)
            .isEqualTo(403);
        HttpResponse<String> anonymous = ServedWarehouse.get(client, path, null);
        assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("<svg", "clusters");
      }
      HttpResponse<String> bad =
          ServedWarehouse.get(client, base + "/map?statistic=kulldorff", ServedWarehouse.ADMIN);
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(ServedWarehouse.json(bad).get("error").asText()).contains("permutation");
    }
    assertThat(warnings).isEmpty();
  }

  /**
   * Plants a cluster in the shared population: every patient gets one acute respiratory illness a
   * month through 2024 (the background), and the patients of the ZIP3 area with the most patients
   * one on each of the 14 days from 2024-08-19 (ISO weeks 2024-W34 and W35, which hold no
   * background case). Returns that area.
   */
  static String plantCluster(Path warehouse) throws Exception {
    try (Warehouse w = Warehouse.open(warehouse);
        Statement s = w.connection().createStatement()) {
      String zip3;
      try (ResultSet rs =
          s.executeQuery(
              "SELECT substr(postal_code, 1, 3) AS z FROM patient WHERE postal_code IS NOT NULL"
                  + " GROUP BY z ORDER BY count(*) DESC, z LIMIT 1")) {
        rs.next();
        zip3 = rs.getString(1);
      }
      s.execute(
          "INSERT INTO condition (source, id, patient_id, code_system, code, onset_time)"
              + " SELECT p.source, 'planted-' || p.id || '-' || k, p.id, 'http://snomed.info/sct',"
              + " '444814009', TIMESTAMP '2024-01-10' + to_days(CAST(30 * k AS INTEGER))"
              + " FROM patient p, range(12) t(k)");
      s.execute(
          "INSERT INTO condition (source, id, patient_id, code_system, code, onset_time)"
              + " SELECT p.source, 'planted-cluster-' || p.id || '-' || k, p.id,"
              + " 'http://snomed.info/sct', '444814009', TIMESTAMP '2024-08-19' + to_days(CAST(k AS INTEGER))"
              + " FROM patient p, range(14) t(k) WHERE substr(p.postal_code, 1, 3) = '"
              + zip3
              + "'");
      return zip3;
    }
  }

  /** The scan app run directly on {@code warehouse} with the options {@link #QUERY} names. */
  private static JsonNode runDirectly(Path warehouse) throws Exception {
    SpaceTimeScanOptions options =
        ScanRoutes.options(
            new QueryParams(
                Map.of(
                    "region", List.of("zip3"),
                    "retrospective", List.of("true"),
                    "replicates", List.of("99"),
                    "seed", List.of("7"),
                    "from", List.of("2024-01-01"),
                    "to", List.of("2024-12-31")),
                ScanRoutes.PARAMS));
    try (AnalysisContext context =
        AnalysisContext.open(
            ContextRequest.of(warehouse).withRole(Role.ADMIN).withAction("test scan"))) {
      Object json = context.run(new SpaceTimeScanApp(), options).toJson();
      return new ObjectMapper().readTree(ResultJson.write(json));
    }
  }
}
