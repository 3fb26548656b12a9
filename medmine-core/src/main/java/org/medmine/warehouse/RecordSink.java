package org.medmine.warehouse;

import java.util.List;

/**
 * Where readers put what they read. Each call accounts for exactly one source record, so that for
 * every run records read = stored + quarantined + skipped.
 */
public interface RecordSink {

  /**
   * Stores the rows one source record maps to (an Observation and its components, a Claim and its
   * lines).
   */
  void store(RecordOrigin origin, String resourceType, List<Row> rows);

  /**
   * Keeps a record that could not be stored, with the reason and the raw text (truncated by the
   * sink).
   */
  void quarantine(
      RecordOrigin origin, String resourceType, String resourceId, String reason, String rawText);

  /** Counts a well-formed record of a type the warehouse does not store. */
  void skip(RecordOrigin origin, String resourceType);
}
