package org.medmine.apps.governance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.medmine.context.AnalysisContext;
import org.medmine.privacy.ConsentImporter;
import org.medmine.warehouse.Warehouse;
import org.medmine.warehouse.WarehouseException;

/**
 * {@code consent}: loads FHIR Consent resources and opt-out lists into the {@code consent} table of
 * the context's warehouse ({@link ConsentImporter}), in one transaction: a file that cannot be read
 * leaves the table as it was. The access layer then excludes the patients who deny secondary use
 * from every analysis. The context records the load ({@code consent-import=FILES}, the rows
 * stored); a de-identified warehouse refuses it.
 */
public final class ConsentLoad {
  private ConsentLoad() {}

  /** Loads {@code files}; returns the consent rows stored. */
  public static int run(AnalysisContext context, ConsentFiles files) {
    int n;
    try (Warehouse w = Warehouse.openExisting(context.warehouse(), false, context.settings())) {
      n = inOneTransaction(w.connection(), files);
    } catch (SQLException e) {
      throw new WarehouseException("could not load consent into " + context.warehouse(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.noteOther(
        context.warehouse(),
        Map.of("consent", (long) n),
        "consent-import",
        files.all().toString().replace(' ', '_'));
    return n;
  }

  private static int inOneTransaction(Connection c, ConsentFiles files)
      throws IOException, SQLException {
    c.setAutoCommit(false);
    try {
      int n = 0;
      for (Path f : files.fhir()) {
        n += ConsentImporter.importFhir(c, files.source(), f);
      }
      for (Path f : files.optOut()) {
        n += ConsentImporter.importOptOut(c, files.source(), f);
      }
      c.commit();
      return n;
    } catch (IOException | SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }
}
