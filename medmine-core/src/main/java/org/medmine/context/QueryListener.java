package org.medmine.context;

/**
 * Sees the text of every SQL statement the apps of a context run, before it runs. Tests use it to
 * collect the queries and check that each stays within the SQL that DuckDB and Spark SQL share.
 */
@FunctionalInterface
public interface QueryListener {
  /** Listens to nothing. */
  QueryListener NONE = sql -> {};

  void statement(String sql);
}
