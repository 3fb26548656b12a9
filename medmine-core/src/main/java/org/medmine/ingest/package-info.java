/**
 * Ingestion: finds input files, hands each to the reader of its format, and commits the run through
 * the warehouse loader. Readers stream (memory bounded by one record), and every record is stored,
 * quarantined with a reason, or skipped and counted.
 */
package org.medmine.ingest;
