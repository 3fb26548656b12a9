package org.medmine.apps.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.privacy.DeidPolicy;
import org.medmine.privacy.Deidentifier;
import org.medmine.privacy.Role;
import org.medmine.testing.SmallWarehouse;

/**
 * {@link AskApp} through an analysis context on the shared population: small cells are suppressed
 * for the analyst role (on a de-identified copy) and shown to other roles; a question that cannot
 * be read exactly is met with candidates; {@code --as-of} moves relative windows.
 */
class AskAppIT {
  @TempDir static Path dir;

  @BeforeAll
  static void warehouses() {
    SmallWarehouse.copy(dir, "w.duckdb").close();
    new Deidentifier(
            DeidPolicy.SAFE_HARBOR, "k-0123456789abcdef0123".getBytes(), LocalDate.of(2025, 1, 1))
        .run(dir.resolve("w.duckdb"), dir.resolve("d.duckdb"));
  }

  private static AskResult ask(Path warehouse, Role role, String question, LocalDate asOf) {
    try (AnalysisContext context =
        AnalysisContext.open(ContextRequest.of(warehouse).withRole(role))) {
      return context.run(new AskApp(), new AskOptions(question, asOf));
    }
  }

  @Test
  void anAnalystSeesNoCellOfFewerThanElevenPatients() {
    Path deid = dir.resolve("d.duckdb");
    AskResult admin = ask(deid, Role.ADMIN, "how many patients by race", null);
    AskResult analyst = ask(deid, Role.ANALYST, "how many patients by race", null);
    int n = admin.columns().indexOf("n");
    List<List<Object>> small =
        admin.rows().stream()
            .filter(
                r -> ((Number) r.get(n)).longValue() > 0 && ((Number) r.get(n)).longValue() < 11)
            .toList();
    assertThat(small).as("the population has small groups, so the rule is exercised").isNotEmpty();
    assertThat(admin.suppression()).isFalse();
    assertThat(analyst.suppression()).isTrue();
    assertThat(analyst.suppressedRows()).isEqualTo(small.size());
    for (int i = 0; i < admin.rows().size(); i++) {
      List<Object> raw = admin.rows().get(i);
      List<Object> shown = analyst.rows().get(i);
      assertThat(shown.get(0)).isEqualTo(raw.get(0));
      assertThat(shown.get(n)).isEqualTo(small.contains(raw) ? SmallCells.SUPPRESSED : raw.get(n));
    }
  }

  @Test
  void anAmbiguousQuestionGetsCandidatesInsteadOfAnAnswer() {
    AskResult r =
        ask(dir.resolve("w.duckdb"), Role.ADMIN, "How many patients have diabetes?", null);
    assertThat(r.answered()).isFalse();
    assertThat(r.sql()).isNull();
    assertThat(r.clarification().candidates()).contains("type 2 diabetes mellitus");
  }

  @Test
  void theReferenceDateIsTheLastEncounterDayUnlessGiven() {
    Path w = dir.resolve("w.duckdb");
    AskResult byData = ask(w, Role.ADMIN, "how many admissions last year", null);
    AskResult asOf = ask(w, Role.ADMIN, "how many admissions last year", LocalDate.of(2013, 6, 1));
    assertThat(byData.referenceDate()).isEqualTo("2024-12-31");
    assertThat(byData.sql()).contains("DATE '2023-01-01'");
    assertThat(asOf.sql()).contains("DATE '2012-01-01'").contains("DATE '2013-01-01'");
    assertThat(asOf.rows()).containsExactly(List.of(13L));
    assertThat(asOf.interpretation().get("window").toString()).contains("2012-01-01 to 2012-12-31");
  }
}
