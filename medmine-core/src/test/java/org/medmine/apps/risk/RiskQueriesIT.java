package org.medmine.apps.risk;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.medmine.privacy.PatientQuasiIdentifiers;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * The risk app through an analysis context: its query is shared SQL, it assesses every patient, and
 * the ZIP3 quasi-identifier is the first three digits of the postal code (medmine's named {@code
 * mm_regexp_replace_all}).
 */
class RiskQueriesIT {
  @TempDir Path dir;

  @Test
  void theQuasiIdentifierQueryIsSharedSqlAndEveryPatientIsAssessed() throws Exception {
    long patients;
    try (Warehouse w = SmallWarehouse.copy(dir, "w.duckdb");
        Statement s = w.connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM patient")) {
      rs.next();
      patients = rs.getLong(1);
    }
    List<String> heard = new ArrayList<>();
    RiskResult result;
    List<List<String>> zip3;
    try (AnalysisContext c =
        AnalysisContext.open(ContextRequest.of(dir.resolve("w.duckdb")).withQueries(heard::add))) {
      result = c.run(new RiskApp(), RiskOptions.DEMO);
      zip3 = PatientQuasiIdentifiers.read(c.connection(), List.of("zip3"));
    }
    assertThat(result.asRecorded().records()).isEqualTo(patients).isPositive();
    assertThat(result.generalized().k()).isEqualTo(5);
    assertThat(result.asRecorded().quasiIdentifiers())
        .containsExactly("birth_year", "sex", "zip3", "race", "ethnicity");
    assertThat(zip3).isNotEmpty().allSatisfy(row -> assertThat(row.get(0)).matches("[0-9]{3}"));
    assertThat(heard)
        .isNotEmpty()
        .allSatisfy(q -> assertThat(SharedSql.violations(q)).as(q).isEmpty());
  }
}
