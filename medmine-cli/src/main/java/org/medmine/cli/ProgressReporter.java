package org.medmine.cli;

import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.medmine.ingest.progress.IngestListener;

/**
 * Draws ingest progress (files, records, MB/s) on a terminal; does nothing when output is not a
 * terminal or progress was turned off, so logs and pipes stay clean.
 */
final class ProgressReporter implements IngestListener, AutoCloseable {
  private final ProgressBar bar;
  private long files;
  private long records;
  private long bytes;
  private final long start = System.nanoTime();

  private ProgressReporter(ProgressBar bar) {
    this.bar = bar;
  }

  static ProgressReporter create(boolean wanted) {
    if (!wanted || System.console() == null) {
      return new ProgressReporter(null);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("ingest")
            .setStyle(ProgressBarStyle.ASCII)
            .setUnit(" MB", 1_000_000)
            .setInitialMax(-1)
            .showSpeed()
            .build();
    return new ProgressReporter(bar);
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
