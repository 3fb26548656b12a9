/**
 * The DuckDB warehouse: the versioned schema and its migrations, the single-transaction loader that
 * readers write through ({@link org.medmine.warehouse.RecordSink}), and Parquet interchange. No
 * DuckDB type leaves this package's public API except the JDBC {@link java.sql.Connection} that
 * SQL-based analyses read through.
 */
package org.medmine.warehouse;
