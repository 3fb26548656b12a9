package org.medmine.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.ConsentImporter;
import org.medmine.privacy.Role;
import org.medmine.report.ReportSection;
import org.medmine.warehouse.Warehouse;

/**
 * The context: consent-filtered reads, roles, one audit entry per run (failed runs too), queries
 * heard, provenance.
 */
class AnalysisContextTest {
  @TempDir Path dir;

  private Path warehouse() throws Exception {
    Path bundle = dir.resolve("b.json");
    Files.writeString(
        bundle,
        """
        {"resourceType":"Bundle","type":"collection","entry":[
          {"resource":{"resourceType":"Patient","id":"p1","gender":"female","birthDate":"1970-05-04"}},
          {"resource":{"resourceType":"Patient","id":"p2","gender":"male","birthDate":"1980-01-02"}},
          {"resource":{"resourceType":"Encounter","id":"e1","subject":{"reference":"Patient/p1"},"class":{"code":"AMB"},"period":{"start":"2020-01-02T10:00:00Z"}}},
          {"resource":{"resourceType":"Encounter","id":"e2","subject":{"reference":"Patient/p2"},"class":{"code":"AMB"},"period":{"start":"2020-01-03T10:00:00Z"}}}
        ]}""");
    Path w = dir.resolve("w.duckdb");
    try (Warehouse wh = Warehouse.open(w)) {
      Ingestor.ingest(wh, new IngestOptions(List.of(bundle), "h", null), IngestListener.NONE);
      Path optOut = dir.resolve("optout.txt");
      Files.writeString(optOut, "p2\n");
      ConsentImporter.importOptOut(wh.connection(), "h", optOut);
    }
    return w;
  }

  /** An app that counts the patients it can see and says how old they were at their encounters. */
  record CountOptions(int minimum) {}

  record CountResult(long patients, List<Integer> ages, RunProvenance provenance)
      implements AppResult {
    @Override
    public Object toJson() {
      return this;
    }

    @Override
    public String toText() {
      return patients + " patients";
    }

    @Override
    public List<ReportSection> toSections() {
      return List.of(ReportSection.of("count", "Count", "<p>" + patients + "</p>"));
    }
  }

  static final App<CountOptions, CountResult> COUNT =
      new App<>() {
        @Override
        public String name() {
          return "count";
        }

        @Override
        public CountResult run(AnalysisContext context, CountOptions options) {
          List<Integer> ages = new ArrayList<>();
          try (Statement s = context.connection().createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT mm_age_years(p.birth_date, e.start_time) FROM patient p"
                          + " JOIN encounter e ON e.source = p.source AND e.patient_id = p.id ORDER BY p.id")) {
            while (rs.next()) {
              ages.add(rs.getInt(1));
            }
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
          return new CountResult(ages.size(), ages, context.provenance(name(), options, null));
        }
      };

  private static List<String[]> audit(Path w) throws Exception {
    List<String[]> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + w.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT action, actor, role, detail FROM audit_log ORDER BY seq")) {
      while (rs.next()) {
        out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
      }
    }
    return out;
  }

  @Test
  void appsSeeOnlyConsentingPatientsAndTheRunIsAuditedOnceWithItsProvenance() throws Exception {
    Path w = warehouse();
    List<String> heard = new ArrayList<>();
    Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05.678Z"), ZoneOffset.UTC);
    ContextRequest request =
        ContextRequest.of(w)
            .withRole(Role.DATA_ENGINEER)
            .withActor("ana")
            .withAction("count")
            .withClock(clock)
            .withQueries(heard::add);
    CountResult r;
    String fingerprint;
    try (AnalysisContext context = AnalysisContext.open(request)) {
      r = context.run(COUNT, new CountOptions(3));
      fingerprint = context.fingerprint();
    }
    assertThat(r.patients()).as("p2 opted out").isEqualTo(1);
    assertThat(r.ages()).containsExactly(49);
    assertThat(heard).singleElement().asString().contains("mm_age_years");
    RunProvenance p = r.provenance();
    assertThat(p.app()).isEqualTo("count");
    assertThat(p.options()).containsEntry("minimum", 3);
    assertThat(p.excludedByConsent()).isEqualTo(1);
    assertThat(p.role()).isEqualTo("data-engineer");
    assertThat(p.ranAt()).isEqualTo("2026-01-02T03:04:05Z");
    assertThat(p.warehouseFingerprint()).hasSize(64).isEqualTo(fingerprint);
    List<String[]> entries = audit(w);
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0))
        .containsExactly(
            "count", "ana", "data-engineer", "access=read identified=true consent-excluded=1");

    try (AnalysisContext again = AnalysisContext.open(request)) {
      assertThat(again.fingerprint()).as("same warehouse, same fingerprint").isEqualTo(fingerprint);
    }
  }

  @Test
  void aRunThatFailsAfterReadingIsStillAudited() throws Exception {
    Path w = warehouse();
    assertThatThrownBy(
            () -> {
              try (AnalysisContext context =
                  AnalysisContext.open(ContextRequest.of(w).withAction("broken"))) {
                context.connection();
                throw new IllegalStateException("the app failed");
              }
            })
        .hasMessage("the app failed");
    assertThat(audit(w)).singleElement().satisfies(e -> assertThat(e[0]).isEqualTo("broken"));
  }

  @Test
  void rolesAreEnforcedWhenTheContextOpensOrFirstReads() throws Exception {
    Path w = warehouse();
    assertThatThrownBy(
            () ->
                AnalysisContext.open(
                    ContextRequest.of(w)
                        .withRole(Role.CLINICIAN)
                        .withResultTables(Set.of("observation_standard"))))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("clinician");
    try (AnalysisContext analyst =
        AnalysisContext.open(ContextRequest.of(w).withRole(Role.ANALYST))) {
      assertThatThrownBy(analyst::connection)
          .isInstanceOf(MedmineUserException.class)
          .hasMessageContaining("de-identified");
    }
    try (AnalysisContext auditor =
        AnalysisContext.open(ContextRequest.of(w).withRole(Role.AUDITOR))) {
      assertThatThrownBy(auditor::connection)
          .isInstanceOf(MedmineUserException.class)
          .hasMessageContaining("audit log");
    }
    assertThat(audit(w)).as("a refused read touched nothing").isEmpty();
  }

  @Test
  void anAppMayWriteOnlyWhatTheContextWasOpenedFor() throws Exception {
    Path w = warehouse();
    App<CountOptions, CountResult> writer =
        new App<>() {
          @Override
          public String name() {
            return "writer";
          }

          @Override
          public Set<String> writes() {
            return Set.of("observation_standard");
          }

          @Override
          public CountResult run(AnalysisContext context, CountOptions options) {
            return COUNT.run(context, options);
          }
        };
    try (AnalysisContext context = AnalysisContext.open(ContextRequest.of(w))) {
      assertThatThrownBy(() -> context.run(writer, new CountOptions(1)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("observation_standard");
    }
  }
}
