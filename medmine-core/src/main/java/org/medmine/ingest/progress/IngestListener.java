package org.medmine.ingest.progress;

/** Hears how an ingest run advances, for progress bars. Called from the ingesting thread. */
public interface IngestListener {
  IngestListener NONE = new IngestListener() {};

  /** A file is about to be read; {@code bytes} is its size on disk. */
  default void fileStarted(String file, long bytes) {}

  /**
   * {@code bytes} more bytes of the current file were read and {@code records} more records
   * handled.
   */
  default void advanced(long bytes, long records) {}

  /** Every file was read; the run is being merged into the warehouse. */
  default void merging() {}
}
