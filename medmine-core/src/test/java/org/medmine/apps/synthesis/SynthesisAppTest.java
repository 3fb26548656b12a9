package org.medmine.apps.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.apps.prediction.StudyApp;
import org.medmine.apps.prediction.StudyOptions;
import org.medmine.apps.prediction.StudyRun;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.ConsentImporter;
import org.medmine.privacy.Leak;
import org.medmine.privacy.LeakScanner;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.DeidentifiedStatus;
import org.medmine.warehouse.Warehouse;

/**
 * {@code synthesize} on the shared 20-patient population (half fitted, half held out; counts
 * suppressed below 2, the population being small): the synthetic warehouse holds new patients in
 * medmine's schema, copies no one, passes the leak scan of {@code deid verify}, runs a prediction
 * study, and is the same for the same seed.
 */
class SynthesisAppTest {
  @TempDir static Path dir;
  private static Path real;
  private static SynthesisResult result;

  @BeforeAll
  static void synthesize() {
    SmallWarehouse.copy(dir, "real.duckdb").close();
    real = dir.resolve("real.duckdb");
    result = run("synthetic.duckdb", 7, 60);
  }

  private static SynthesisResult run(String out, long seed, int patients) {
    SynthesisOptions options =
        new SynthesisOptions(
            dir.resolve(out), patients, seed, 0, 2, SynthesisOptions.DEFAULT_HOLDOUT);
    try (AnalysisContext c =
        AnalysisContext.open(ContextRequest.of(real).withActor("test").withAction("synthesize"))) {
      return c.run(new SynthesisApp(), options);
    }
  }

  @Test
  void writesNewPatientsWithTheirRecordsInTheWarehouseSchema() throws Exception {
    assertThat(result.split().synthetic()).isEqualTo(60);
    assertThat(result.split().fitted() + result.split().heldOut()).isEqualTo(result.split().real());
    try (Warehouse w = Warehouse.openExisting(dir.resolve("synthetic.duckdb"), true);
        Statement s = w.connection().createStatement()) {
      assertThat(count(s, "SELECT count(*) FROM patient WHERE id LIKE 'syn-p%'")).isEqualTo(60);
      assertThat(count(s, "SELECT count(*) FROM encounter"))
          .isEqualTo(result.rows().get("encounter"));
      assertThat(count(s, "SELECT count(*) FROM encounter")).isGreaterThan(60);
      assertThat(count(s, "SELECT count(*) FROM condition")).isPositive();
      assertThat(count(s, "SELECT count(*) FROM observation WHERE value_number IS NOT NULL"))
          .isPositive();
      assertThat(
              count(
                  s,
                  "SELECT count(*) FROM patient WHERE given_name IS NOT NULL OR address_line IS"
                      + " NOT NULL OR county IS NOT NULL OR ssn IS NOT NULL"))
          .isZero();
      assertThat(
              count(
                  s,
                  "SELECT count(*) FROM encounter e LEFT JOIN patient p ON p.id = e.patient_id WHERE p.id IS NULL"))
          .isZero();
      assertThat(DeidentifiedStatus.of(w.connection()).deidentified()).isTrue();
    }
    try (Warehouse w = Warehouse.openExisting(real, true);
        Statement s = w.connection().createStatement()) {
      s.execute("ATTACH '" + dir.resolve("synthetic.duckdb") + "' AS syn (READ_ONLY)");
      assertThat(count(s, "SELECT count(*) FROM patient p JOIN syn.patient q ON p.id = q.id"))
          .isZero();
    }
  }

  @Test
  void copiesNoFittedPatient() {
    assertThat(result.exactCopies()).isZero();
    assertThat(result.privacy().syntheticDcr()[0]).isPositive();
    assertThat(result.privacy().attacked())
        .isEqualTo(Math.min(result.split().fitted(), result.split().heldOut()));
    assertThat(result.privacy().bestAdvantage()).isBetween(0.0, 1.0);
    assertThat(result.membershipAdvantage()).isBetween(-1.0, 1.0);
  }

  @Test
  void passesTheLeakScanOfDeidVerify() {
    List<Leak> leaks = LeakScanner.scan(dir.resolve("synthetic.duckdb"), real);
    assertThat(leaks).isEmpty();
  }

  @Test
  void aPredictionStudyRunsOnTheSyntheticWarehouse() {
    StudyRun run;
    try (AnalysisContext c =
        AnalysisContext.open(
            ContextRequest.of(dir.resolve("synthetic.duckdb"))
                .withActor("test")
                .withAction("study"))) {
      run = c.run(new StudyApp(), new StudyOptions("t2d-onset-1y", 42L));
    }
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> cohort = (java.util.Map<String, Object>) run.card().get("cohort");
    assertThat(((Number) cohort.get("candidates")).longValue()).isPositive();
  }

  @Test
  void theSameSeedGivesTheSameWarehouseAndAnotherSeedAnother() throws Exception {
    run("again.duckdb", 7, 60);
    run("other.duckdb", 8, 60);
    assertThat(digest(dir.resolve("again.duckdb")))
        .isEqualTo(digest(dir.resolve("synthetic.duckdb")));
    assertThat(digest(dir.resolve("other.duckdb")))
        .isNotEqualTo(digest(dir.resolve("synthetic.duckdb")));
  }

  @Test
  void leavesOutAPatientWhoDeniesSecondaryUse() throws Exception {
    Path consent = dir.resolve("consent.duckdb");
    String denying;
    try (Warehouse w = SmallWarehouse.copy(dir, "consent.duckdb");
        Statement s = w.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT min(id) FROM patient")) {
      rs.next();
      denying = rs.getString(1);
      Path list = dir.resolve("optout.txt");
      java.nio.file.Files.writeString(list, denying + "\n");
      ConsentImporter.importOptOut(w.connection(), "synthea", list);
    }
    SynthesisResult r;
    try (AnalysisContext c =
        AnalysisContext.open(
            ContextRequest.of(consent).withActor("test").withAction("synthesize"))) {
      r =
          c.run(
              new SynthesisApp(),
              new SynthesisOptions(dir.resolve("consented.duckdb"), 10, 7, 0, 2, 0.5));
    }
    assertThat(r.split().real()).isEqualTo(result.split().real() - 1);
    boolean wasHeldOut = SynthesisApp.heldOut("synthea/" + denying, 7) < 0.5;
    assertThat(r.split().heldOut()).isEqualTo(result.split().heldOut() - (wasHeldOut ? 1 : 0));
    assertThat(r.split().fitted()).isEqualTo(result.split().fitted() - (wasHeldOut ? 0 : 1));
  }

  @Test
  void refusesAWarehouseTooSmallForTheMinimumCount() {
    SynthesisOptions options = new SynthesisOptions(dir.resolve("small.duckdb"), 10, 7, 0, 11, 0.5);
    try (AnalysisContext c =
        AnalysisContext.open(ContextRequest.of(real).withActor("test").withAction("synthesize"))) {
      assertThatThrownBy(() -> c.run(new SynthesisApp(), options))
          .isInstanceOf(MedmineUserException.class)
          .hasMessageContaining("too few to keep any count of 11");
    }
    assertThat(dir.resolve("small.duckdb")).doesNotExist();
  }

  @Test
  void refusesAnExistingOutput() {
    assertThatThrownBy(() -> run("synthetic.duckdb", 7, 10))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("already exists");
  }

  private static String digest(Path warehouse) throws Exception {
    StringBuilder out = new StringBuilder();
    try (Warehouse w = Warehouse.openExisting(warehouse, true);
        Connection c = w.connection();
        Statement s = c.createStatement()) {
      for (String t :
          List.of("patient", "encounter", "condition", "medication", "procedure", "observation")) {
        try (ResultSet rs = s.executeQuery("SELECT count(*), sum(hash(x)) FROM " + t + " x")) {
          rs.next();
          out.append(t).append(rs.getString(1)).append(':').append(rs.getString(2)).append(';');
        }
      }
    }
    return out.toString();
  }

  private static long count(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
