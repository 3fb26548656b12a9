package org.medmine.ingest.progress;

import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar a front end gives an ingest run (the command line's {@code ingest}, the demo):
 * draws files, records and MB/s on a terminal with {@code me.tongfei:progressbar}; does nothing
 * when the process has no terminal or progress was turned off, so logs and pipes stay clean.
 */
public final class TerminalProgress implements IngestListener, AutoCloseable {
  private final ProgressBar bar;
  private long files;
  private long records;
  private long bytes;
  private final long start = System.nanoTime();

  private TerminalProgress(ProgressBar bar) {
    this.bar = bar;
  }

  /**
   * A bar when {@code wanted} and the process has a terminal; else a listener that draws nothing.
   */
  public static TerminalProgress create(boolean wanted) {
    if (!wanted || System.console() == null) {
      return new TerminalProgress(null);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("ingest")
            .setStyle(ProgressBarStyle.ASCII)
            .setUnit(" MB", 1_000_000)
            .setInitialMax(-1)
            .showSpeed()
            .build();
    return new TerminalProgress(bar);
  }

  @Override
  public void fileStarted(String file, long size) {
    files++;
    if (bar != null) {
      bar.maxHint(Math.max(bar.getMax(), 0) + size);
      update();
    }
  }

  @Override
  public void advanced(long moreBytes, long moreRecords) {
    bytes += moreBytes;
    records += moreRecords;
    if (bar != null) {
      bar.stepBy(moreBytes);
      update();
    }
  }

  private void update() {
    double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-9);
    bar.setExtraMessage(
        String.format(
            Locale.ROOT,
            " %d files, %,d records, %.1f MB/s",
            files,
            records,
            bytes / 1e6 / seconds));
  }

  @Override
  public void merging() {
    if (bar != null) {
      bar.setExtraMessage(" merging into the warehouse");
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
