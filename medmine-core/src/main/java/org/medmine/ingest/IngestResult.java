package org.medmine.ingest;

import java.util.Map;

/**
 * What an ingest run did: records read = stored + quarantined + skipped.
 *
 * @param runId the run's id in {@code ingest_run}
 * @param source the source name
 * @param format the format read
 * @param files files read
 * @param bytes bytes read (on disk)
 * @param read records read
 * @param stored records stored
 * @param quarantined records quarantined
 * @param skipped records of unsupported types
 * @param skippedByType skipped records per resource type
 * @param seconds wall time
 */
public record IngestResult(
    String runId,
    String source,
    String format,
    long files,
    long bytes,
    long read,
    long stored,
    long quarantined,
    long skipped,
    Map<String, Long> skippedByType,
    double seconds) {}
