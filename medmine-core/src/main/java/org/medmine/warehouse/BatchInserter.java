package org.medmine.warehouse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Inserts a run's row batches (through {@link RowBatchFunction}) with one statement, keeping DuckDB
 * on one thread while it does, and gives the threads back before the run's own SQL (the native CSV
 * path, the merge and checks at finish) needs them.
 *
 * <p>Why one thread: with more than one, DuckDB calls {@link RowBatchFunction} from its worker
 * threads, and each call from a worker attaches a new Java thread to the JVM; on the 1,000-patient
 * FHIR population that was thousands of threads and more CPU than the batches saved
 * (docs/benchmarks.md, "Appender or table function"). On one thread DuckDB runs the statement on
 * the calling thread, which the JVM already knows. {@code threads} is a setting of the whole
 * database: other connections to it run on one thread meanwhile.
 */
final class BatchInserter implements AutoCloseable {
  private final Statement statement;
  private long saved;

  BatchInserter(Statement statement) {
    this.statement = statement;
  }

  /** Inserts the rows a batch holds, if any, and empties it. */
  void insert(RowBatch batch) throws SQLException {
    if (batch.size() > 0) {
      single();
      batch.insert(statement);
    }
  }

  /** DuckDB on one thread, the setting it had kept to give back. */
  private void single() throws SQLException {
    if (saved == 0) {
      try (ResultSet rs = statement.executeQuery("SELECT current_setting('threads')")) {
        rs.next();
        saved = rs.getLong(1);
      }
      if (saved != 1) {
        statement.execute("SET threads = 1");
      }
    }
  }

  /** Gives DuckDB back the threads it had; does nothing when they were not taken. */
  void restore() throws SQLException {
    if (saved != 0) {
      long threads = saved;
      saved = 0;
      if (threads != 1) {
        statement.execute("SET threads = " + threads);
      }
    }
  }

  /** Gives the threads back and closes the statement. */
  @Override
  public void close() throws SQLException {
    try {
      restore();
    } finally {
      statement.close();
    }
  }
}
