package org.medmine.ingest.progress;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it and reports them to an {@link IngestListener} in chunks. */
public final class CountingInputStream extends FilterInputStream {
  private static final long REPORT_EVERY = 1 << 20;
  private final IngestListener listener;
  private long count;
  private long unreported;

  public CountingInputStream(InputStream in, IngestListener listener) {
    super(in);
    this.listener = listener;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  private void add(long n) {
    count += n;
    unreported += n;
    if (unreported >= REPORT_EVERY) {
      listener.advanced(unreported, 0);
      unreported = 0;
    }
  }

  /** Reports what was read since the last report. */
  public void flushProgress() {
    if (unreported > 0) {
      listener.advanced(unreported, 0);
      unreported = 0;
    }
  }

  public long count() {
    return count;
  }
}
