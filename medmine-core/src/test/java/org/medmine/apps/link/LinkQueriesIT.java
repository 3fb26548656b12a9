package org.medmine.apps.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.context.SharedSql;
import org.medmine.quality.linkage.LinkDecision;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * The linkage apps through analysis contexts on the 20-patient warehouse: a full run of the index,
 * a lookup of a patient of the population (found, as certain, under the person the run gave it) and
 * a reviewer's unmerge; every statement they run stays within the SQL DuckDB and Spark SQL share,
 * and the decision is noted for the audit log.
 */
class LinkQueriesIT {
  @TempDir Path dir;

  @Test
  void runLookupAndDecisionRunSharedSql() throws Exception {
    String[] patient;
    try (Warehouse w = SmallWarehouse.copy(dir, "w.duckdb");
        Statement s = w.connection().createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT source, id, given_name, family_name, birth_date, sex FROM patient"
                    + " ORDER BY id LIMIT 1")) {
      rs.next();
      patient =
          new String[] {
            rs.getString(1) + "/" + rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6)
          };
    }
    Path probe =
        Files.writeString(
            dir.resolve("probe.json"),
            ("{\"resourceType\":\"Patient\",\"id\":\"probe\","
                    + "\"gender\":\"%s\",\"birthDate\":\"%s\",\"name\":[{\"family\":\"%s\",\"given\":[\"%s\"]}]}")
                .formatted(patient[4], patient[3], patient[2], patient[1]));
    List<String> heard = new ArrayList<>();
    ContextRequest request = ContextRequest.of(dir.resolve("w.duckdb")).withQueries(heard::add);
    LinkResult run;
    try (AnalysisContext c = AnalysisContext.open(request.withResultTables(LinkApp.RESULTS))) {
      run = c.run(new LinkApp(), new LinkOptions(MatchThresholds.DEFAULTS, true));
    }
    String person = run.result().clusterOf().get(patient[0]);
    assertThat(person).isNotNull();
    LinkMatchResult match;
    try (AnalysisContext c = AnalysisContext.open(request)) {
      match = c.run(new LinkMatchApp(), new LinkMatchOptions(probe, 5, MatchThresholds.DEFAULTS));
    }
    assertThat(match.matches())
        .singleElement()
        .satisfies(m -> assertThat(m.candidates().get(0).personId()).isEqualTo(person));
    String other =
        run.result().clusterOf().keySet().stream()
            .filter(k -> !k.equals(patient[0]))
            .sorted()
            .findFirst()
            .orElseThrow();
    LinkDecisionResult decision;
    try (AnalysisContext c =
        AnalysisContext.open(request.withResultTables(LinkApp.RESULTS).withActor("reviewer"))) {
      decision =
          c.run(
              new LinkDecisionApp(),
              new LinkDecisionOptions(
                  patient[0],
                  other,
                  LinkDecision.Kind.NO_MATCH,
                  "checked",
                  MatchThresholds.DEFAULTS));
    }
    assertThat(decision.person()).isNotEqualTo(decision.otherPerson());
    try (Warehouse w = Warehouse.openExisting(dir.resolve("w.duckdb"), true);
        Statement s = w.connection().createStatement();
        ResultSet rs =
            s.executeQuery("SELECT string_agg(action || ' ' || detail, '|') FROM" + " audit_log")) {
      rs.next();
      assertThat(rs.getString(1))
          .contains("match=probe.json", "no-match=" + patient[0] + "~" + other);
    }
    assertThat(heard)
        .hasSizeGreaterThan(10)
        .allSatisfy(q -> assertThat(SharedSql.violations(q)).as(q).isEmpty());
  }
}
