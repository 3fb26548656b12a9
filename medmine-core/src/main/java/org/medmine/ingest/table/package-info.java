/**
 * Tables the user gives as files (CSV, TSV, Parquet) rather than a warehouse: opened in an
 * in-memory DuckDB and scanned, never held ({@link org.medmine.ingest.table.TableSource}), missing
 * tokens recognised, columns profiled and typed ({@link org.medmine.ingest.table.TypeInference})
 * and read as one array per column ({@link org.medmine.ingest.table.TableReader}). {@code learn},
 * {@code predict --data}, {@code rules --data} and {@code segment --data} read their tables here.
 */
package org.medmine.ingest.table;
