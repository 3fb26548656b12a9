package org.medmine.apps.cohorts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.medmine.cohort.CohortDefinition;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.warehouse.WarehouseException;

/**
 * {@code cohort build}: each {@link CohortDefinition} run over the context's consent-filtered
 * tables ({@link CohortSql}), its members written to the {@code cohort} table in one transaction
 * that first removes the cohort's earlier rows (so a build is idempotent), and the attrition
 * counted: patients with an entry event, then those left after each step (the observation required,
 * then each inclusion rule in order), as ATLAS's inclusion-rule attrition report shows them. A
 * patient whose consent denies secondary use is in no cohort, because the entry events are read
 * through the consent views.
 */
public final class CohortBuildApp implements App<CohortBuildOptions, CohortBuildResult> {
  /** The table the app writes. */
  public static final String RESULTS = "cohort";

  @Override
  public String name() {
    return "cohort-build";
  }

  @Override
  public Set<String> writes() {
    return Set.of(RESULTS);
  }

  @Override
  public CohortBuildResult run(AnalysisContext context, CohortBuildOptions options) {
    Connection c = context.connection();
    List<CohortBuildResult.Built> built = new ArrayList<>();
    try {
      for (CohortDefinition d : options.definitions()) {
        built.add(build(c, d));
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not build the cohorts: " + e.getMessage(), e);
    }
    return new CohortBuildResult(built, context.provenance(name(), options, null));
  }

  private static CohortBuildResult.Built build(Connection c, CohortDefinition d)
      throws SQLException {
    String entry = "(" + CohortSql.entry(d) + ") e";
    List<CohortBuildResult.Step> attrition = new ArrayList<>();
    attrition.add(new CohortBuildResult.Step("entry event", count(c, entry, "TRUE")));
    String where = "TRUE";
    for (CohortSql.Step s : CohortSql.steps(d)) {
      where = where + " AND " + s.sql();
      attrition.add(new CohortBuildResult.Step(s.name(), count(c, entry, where)));
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    long written;
    try (PreparedStatement delete =
            c.prepareStatement("DELETE FROM " + RESULTS + " WHERE cohort_name = ?");
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO "
                    + RESULTS
                    + " (cohort_name, source, patient_id, cohort_start, cohort_end)"
                    + " SELECT ?, e.source, e.patient_id, e.entry_date, "
                    + CohortSql.exit(d.exit())
                    + " FROM "
                    + entry
                    + " WHERE "
                    + where)) {
      delete.setString(1, d.name());
      delete.executeUpdate();
      insert.setString(1, d.name());
      written = insert.executeUpdate();
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
    return new CohortBuildResult.Built(d.name(), attrition, written);
  }

  private static long count(Connection c, String entry, String where) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + entry + " WHERE " + where)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
