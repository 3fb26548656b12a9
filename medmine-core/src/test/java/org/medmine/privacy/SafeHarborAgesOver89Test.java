package org.medmine.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.warehouse.Warehouse;

/**
 * HIPAA §164.514(b)(2)(i)(C) on hand-made rows: a 95-year-old's birth year becomes the one "90 or
 * older" category and EVERY other date of hers is removed in every policy but the limited data set
 * (issue 29, defect 4: removing only the dates at 90 or older kept the one at 89, and the boundary
 * revealed the year she turned 90); an 89-year-old keeps her birth year and event years; the leak
 * scan flags a planted 90+ birth year and a date kept beside removed ones.
 */
class SafeHarborAgesOver89Test {
  static final byte[] SECRET = "test-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
  @TempDir Path dir;

  private Path handMade() throws Exception {
    Path w = dir.resolve("w.duckdb");
    try (Warehouse wh = Warehouse.open(w);
        Statement s = wh.connection().createStatement()) {
      s.execute(
          "INSERT INTO patient (source, id, birth_date, sex) VALUES"
              + " ('h', 'old95', DATE '1930-03-15', 'female'), ('h', 'young89', DATE '1936-01-10', 'female'),"
              + " ('h', 'dead96', DATE '1910-02-02', 'male')");
      s.execute(
          "UPDATE patient SET death_time = TIMESTAMP '2006-07-01 10:00:00' WHERE id = 'dead96'");
      s.execute(
          "INSERT INTO encounter (source, id, patient_id, start_time, end_time) VALUES"
              + " ('h', 'e-old-at-89', 'old95', TIMESTAMP '2019-05-01 09:00:00', TIMESTAMP '2019-05-01 10:00:00'),"
              + " ('h', 'e-old-at-91', 'old95', TIMESTAMP '2021-04-01 09:00:00', TIMESTAMP '2021-04-01 10:00:00'),"
              + " ('h', 'e-young-at-88', 'young89', TIMESTAMP '2024-12-01 09:00:00', TIMESTAMP '2024-12-01 10:00:00'),"
              + " ('h', 'e-dead-at-94', 'dead96', TIMESTAMP '2004-03-03 09:00:00', TIMESTAMP '2004-03-03 10:00:00')");
    }
    return w;
  }

  @Test
  void safeHarborAggregatesTheBirthYearAndRemovesDatesAtNinetyOrOlder() throws Exception {
    Path src = handMade();
    Path out = dir.resolve("sh.duckdb");
    DeidManifest m = new Deidentifier(DeidPolicy.SAFE_HARBOR, SECRET, AS_OF).run(src, out);
    assertThat(m.agesCollapsed()).isEqualTo(2);
    assertThat(m.asOf()).isEqualTo("2025-06-01");
    Pseudonymizer p = new Pseudonymizer(SECRET);
    Map<String, String> births = column(out, "SELECT id, CAST(birth_date AS VARCHAR) FROM patient");
    assertThat(births)
        .containsEntry(p.pseudonym("old95"), "1935-01-01")
        .containsEntry(p.pseudonym("dead96"), "1935-01-01")
        .containsEntry(p.pseudonym("young89"), "1936-01-01");
    assertThat(column(out, "SELECT id, CAST(death_time AS VARCHAR) FROM patient"))
        .containsEntry(p.pseudonym("dead96"), null);
    Map<String, String> starts =
        column(out, "SELECT id, CAST(start_time AS VARCHAR) FROM encounter");
    assertThat(starts)
        .as("no date of a patient aged over 89 is kept, not even from before 90")
        .containsEntry(p.pseudonym("e-old-at-89"), null)
        .containsEntry(p.pseudonym("e-old-at-91"), null)
        .containsEntry(p.pseudonym("e-young-at-88"), "2024-01-01 00:00:00")
        .containsEntry(p.pseudonym("e-dead-at-94"), null);
    assertThat(column(out, "SELECT id, CAST(end_time AS VARCHAR) FROM encounter"))
        .containsEntry(p.pseudonym("e-old-at-91"), null);

    assertThat(LeakScanner.scan(out, src)).noneMatch(l -> l.kind().contains("age over 89"));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + out.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.execute(
          "UPDATE patient SET birth_date = DATE '1930-01-01' WHERE id = '"
              + p.pseudonym("old95")
              + "'");
    }
    List<Leak> leaks = LeakScanner.scan(out, src);
    assertThat(leaks)
        .filteredOn(l -> l.kind().equals("birth year indicative of age over 89"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.table()).isEqualTo("patient");
              assertThat(l.rowId()).isEqualTo(p.pseudonym("old95"));
              assertThat(l.evidence()).isEqualTo("1930");
            });
  }

  @Test
  void shiftedAlsoRemovesDatesAtNinetyOrOlderAndTheLimitedDataSetKeepsThem() throws Exception {
    Path src = handMade();
    Pseudonymizer p = new Pseudonymizer(SECRET);
    Path shifted = dir.resolve("shifted.duckdb");
    new Deidentifier(DeidPolicy.SHIFTED, SECRET, AS_OF).run(src, shifted);
    assertThat(column(shifted, "SELECT id, CAST(birth_date AS VARCHAR) FROM patient"))
        .containsEntry(p.pseudonym("old95"), "1935-01-01");
    Map<String, String> starts =
        column(shifted, "SELECT id, CAST(start_time AS VARCHAR) FROM encounter");
    assertThat(starts.get(p.pseudonym("e-old-at-91"))).isNull();
    assertThat(starts.get(p.pseudonym("e-old-at-89"))).isNull();
    assertThat(starts.get(p.pseudonym("e-young-at-88"))).isNotNull();
    assertThat(LeakScanner.scan(shifted, src)).noneMatch(l -> l.kind().contains("age over 89"));

    Path lds = dir.resolve("lds.duckdb");
    new Deidentifier(DeidPolicy.LIMITED_DATA_SET, SECRET, AS_OF).run(src, lds);
    assertThat(column(lds, "SELECT id, CAST(start_time AS VARCHAR) FROM encounter"))
        .containsEntry(p.pseudonym("e-old-at-91"), "2021-04-01 09:00:00");
  }

  @Test
  void deidVerifyFindsADateKeptBesideRemovedOnesTheBoundaryThatRevealsTheYearOfTurningNinety()
      throws Exception {
    Path src = handMade();
    Path out = dir.resolve("sh.duckdb");
    new Deidentifier(DeidPolicy.SAFE_HARBOR, SECRET, AS_OF).run(src, out);
    assertThat(LeakScanner.scan(out, src)).noneMatch(l -> l.kind().contains("removed"));
    Pseudonymizer p = new Pseudonymizer(SECRET);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + out.toAbsolutePath());
        Statement s = c.createStatement()) {
      // what de-identification did before issue 29: the encounter at 89 kept its year, the one at
      // 91 lost it
      s.execute(
          "UPDATE encounter SET start_time = TIMESTAMP '2019-01-01 00:00:00' WHERE id = '"
              + p.pseudonym("e-old-at-89")
              + "'");
    }
    assertThat(LeakScanner.scan(out, src))
        .filteredOn(l -> l.kind().startsWith("date kept beside removed dates"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.table()).isEqualTo("encounter");
              assertThat(l.column()).isEqualTo("start_time");
              assertThat(l.rowId()).isEqualTo(p.pseudonym("e-old-at-89"));
              assertThat(l.evidence()).isEqualTo("2019");
            });
  }

  private static Map<String, String> column(Path db, String sql) throws Exception {
    Map<String, String> out = new HashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }
}
