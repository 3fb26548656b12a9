package org.medmine.bench.hl7v2;

import java.util.List;

/** The load feed as one list, for benches outside this package. */
public final class LoadFeedAccess {
  private LoadFeedAccess() {}

  /** Every message of the feed for {@code patients}, as one connection sends them. */
  public static List<String> messages(int patients) {
    return LoadFeed.messages(patients, 0, 1);
  }
}
