package org.medmine.warehouse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failure because the disk refused a write (full, over quota, or over the process's file-size
 * limit), told as what it is rather than as an internal error with DuckDB's checkpoint vocabulary:
 * the warehouse layer knows how DuckDB and the file system word it, so a front end need not. It is
 * still an internal failure (exit code 1): nothing the user typed was wrong.
 */
public final class DiskFull {
  private static final Pattern REFUSED =
      Pattern.compile("No space left on device|Disk quota exceeded|File too large");
  private static final Pattern FILE =
      Pattern.compile("(?:write|writing|create|extend)[^\"]*\"([^\"]+)\"");

  private DiskFull() {}

  /** The sentence for {@code failure} when a cause says the disk refused a write, else empty. */
  public static Optional<String> sentence(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = String.valueOf(t.getMessage());
      Matcher refused = REFUSED.matcher(m);
      if (refused.find()) {
        Matcher file = FILE.matcher(m);
        String what = file.find() ? file.group(1) : "a file";
        return Optional.of(
            "The disk refused to write "
                + what
                + " ("
                + refused.group()
                + "): free space there (or"
                + " raise the file size limit) and run the command again; an ingest or import lands whole or not at all.");
      }
    }
    return Optional.empty();
  }
}
