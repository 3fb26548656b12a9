package org.medmine.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.model.MedmineAccessDeniedException;
import org.medmine.privacy.AuditLog;
import org.medmine.privacy.ConsentImporter;
import org.medmine.privacy.Role;
import org.medmine.warehouse.Warehouse;
import org.medmine.warehouse.WarehouseSettings;

/**
 * A warehouse shared by a server's contexts: contexts run at the same time, each writes exactly one
 * audit entry (group-committed, the chain intact), consent filters every read and every kept
 * result, kept results are dropped when the warehouse or the consents change, kept sessions come
 * back clean and still refuse the roles they must, and the file is free again once no context is
 * open.
 */
class SharedWarehouseTest {
  private static final int CONTEXTS = 24;
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
      optOut(wh, "p2");
    }
    return w;
  }

  private void optOut(Warehouse wh, String patient) throws Exception {
    Path list = dir.resolve("optout-" + patient + ".txt");
    Files.writeString(list, patient + "\n");
    ConsentImporter.importOptOut(wh.connection(), "h", list);
  }

  private static ContextRequest request(Path w, String action) {
    return ContextRequest.of(w).withActor("ana").withAction(action);
  }

  private static long auditEntries(Path w) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + w.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM audit_log")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void contextsRunSideBySideEachWithOneAuditEntryAndTheChainIntact() throws Exception {
    Path w = warehouse();
    long before = auditEntries(w);
    SharedWarehouse shared = new SharedWarehouse(w, WarehouseSettings.defaults());
    CountDownLatch allOpen = new CountDownLatch(CONTEXTS);
    ExecutorService pool = Executors.newFixedThreadPool(CONTEXTS);
    List<Future<Long>> counts = new ArrayList<>();
    for (int i = 0; i < CONTEXTS; i++) {
      String action = "count " + i;
      counts.add(
          pool.submit(
              () -> {
                try (AnalysisContext c = AnalysisContext.open(request(w, action), shared)) {
                  long seen =
                      c.run(AnalysisContextTest.COUNT, new AnalysisContextTest.CountOptions(0))
                          .patients();
                  allOpen.countDown();
                  assertThat(allOpen.await(60, TimeUnit.SECONDS)).as("all open at once").isTrue();
                  return seen;
                }
              }));
    }
    for (Future<Long> f : counts) {
      assertThat(f.get()).as("p2 opted out").isEqualTo(1);
    }
    pool.shutdown();
    assertThat(auditEntries(w))
        .as("the file is free again, one entry per context")
        .isEqualTo(before + CONTEXTS);
    try (Warehouse wh = Warehouse.open(w)) {
      assertThat(AuditLog.verify(wh.connection(), w, Optional.empty()).problems()).isEmpty();
    }
  }

  @Test
  void keptResultsAreReusedUntilTheWarehouseOrTheConsentsChange() throws Exception {
    Path w = warehouse();
    SharedWarehouse shared = new SharedWarehouse(w, WarehouseSettings.defaults());
    AnalysisContextTest.CountOptions options = new AnalysisContextTest.CountOptions(0);
    AnalysisContextTest.CountResult first;
    AnalysisContextTest.CountResult second;
    try (AnalysisContext a = AnalysisContext.open(request(w, "a"), shared);
        AnalysisContext b = AnalysisContext.open(request(w, "b"), shared)) {
      first = a.runReusing(AnalysisContextTest.COUNT, options);
      second = b.runReusing(AnalysisContextTest.COUNT, options);
    }
    assertThat(second).isSameAs(first);
    assertThat(first.patients()).isEqualTo(1);
    List<String> details = details(w);
    assertThat(details.subList(details.size() - 2, details.size()))
        .as("b's entry records what a's run read, and that it reused it")
        .filteredOn(d -> d.contains("result=reused"))
        .singleElement()
        .asString()
        .contains("consent-excluded=1", "access=read");

    try (AnalysisContext writer =
        AnalysisContext.open(
            request(w, "write").withResultTables(Set.of("observation_standard")), shared)) {
      writer.connection();
    }
    AnalysisContextTest.CountResult afterWrite;
    try (AnalysisContext c = AnalysisContext.open(request(w, "c"), shared)) {
      afterWrite = c.runReusing(AnalysisContextTest.COUNT, options);
    }
    assertThat(afterWrite).as("computed again after a write").isNotSameAs(first);

    try (Warehouse wh = Warehouse.open(w)) {
      optOut(wh, "p1");
    }
    try (AnalysisContext c = AnalysisContext.open(request(w, "d"), shared)) {
      assertThat(c.runReusing(AnalysisContextTest.COUNT, options).patients())
          .as("p1 now denies too")
          .isZero();
    }
  }

  @Test
  void aKeptSessionComesBackCleanAndStillRefusesTheAnalyst() throws Exception {
    Path w = warehouse();
    int before = details(w).size();
    SharedWarehouse shared = new SharedWarehouse(w, WarehouseSettings.defaults());
    try (AnalysisContext keeper = AnalysisContext.open(request(w, "keep"), shared)) {
      keeper.connection();
      for (int i = 0; i < 3; i++) {
        try (AnalysisContext c = AnalysisContext.open(request(w, "scratch " + i), shared);
            Statement s = c.connection().createStatement()) {
          s.execute("CREATE TEMP TABLE scratch AS SELECT 1 AS x");
        }
      }
      ContextRequest analyst = request(w, "analyst").withRole(Role.ANALYST);
      try (AnalysisContext c = AnalysisContext.open(analyst, shared)) {
        assertThatThrownBy(c::connection).isInstanceOf(MedmineAccessDeniedException.class);
      }
    }
    assertThat(details(w))
        .as("the keeper's and the three scratch contexts' entries")
        .hasSize(before + 4);
  }

  private static List<String> details(Path w) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + w.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT detail FROM audit_log ORDER BY seq")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
