package org.medmine.ingest;

import java.nio.file.Path;
import java.util.Locale;
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
    double seconds) {

  /**
   * The run as the command line prints it: what was read into {@code warehouse}, stored,
   * quarantined, skipped.
   */
  public String toText(Path warehouse) {
    StringBuilder b = new StringBuilder();
    double mb = bytes / 1e6;
    double s = Math.max(seconds, 1e-9);
    b.append(
        String.format(
            Locale.ROOT,
            "Ingested %s into %s (source '%s', run %s)%n",
            format.toLowerCase(Locale.ROOT),
            warehouse,
            source,
            runId));
    b.append(String.format(Locale.ROOT, "  %-22s %,14d%n", "files", files));
    b.append(String.format(Locale.ROOT, "  %-22s %,14.1f MB  (%.1f MB/s)%n", "bytes", mb, mb / s));
    b.append(
        String.format(
            Locale.ROOT, "  %-22s %,14d  (%.0f records/s)%n", "records read", read, read / s));
    b.append(String.format(Locale.ROOT, "  %-22s %,14d%n", "stored", stored));
    b.append(
        String.format(
            Locale.ROOT,
            "  %-22s %,14d%s%n",
            "quarantined",
            quarantined,
            quarantined > 0 ? "  (see: medmine stats, table quarantine)" : ""));
    b.append(String.format(Locale.ROOT, "  %-22s %,14d%n", "skipped", skipped));
    skippedByType.forEach(
        (type, n) -> b.append(String.format(Locale.ROOT, "    %-20s %,14d%n", type, n)));
    b.append(String.format(Locale.ROOT, "  %-22s %14.1f s%n", "time", seconds));
    return b.toString();
  }
}
