package org.medmine.testing;

import java.sql.Connection;
import java.sql.SQLException;
import org.medmine.cohort.EngineFunctions;

/**
 * A warehouse session as an analysis context hands it to an app: medmine's named SQL functions
 * ({@code mm_age_years}, ...) defined. For tests that call an app's queries on a plain connection.
 */
public final class EngineSession {
  private EngineSession() {}

  /** {@code c}, with medmine's named SQL functions installed. */
  public static Connection of(Connection c) {
    try {
      EngineFunctions.installDuckDb(c);
    } catch (SQLException e) {
      throw new IllegalStateException("could not define medmine's SQL functions", e);
    }
    return c;
  }
}
