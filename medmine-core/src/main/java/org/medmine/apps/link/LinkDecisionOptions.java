package org.medmine.apps.link;

import java.util.Objects;
import org.medmine.quality.linkage.LinkDecision;

/**
 * A reviewer's decision on two patient records ({@code SOURCE/ID} each): that they are the same
 * person ({@link LinkDecision.Kind#MATCH}, a merge) or different people ({@link
 * LinkDecision.Kind#NO_MATCH}, an unmerge), with an optional note saying why, and the thresholds
 * the persons of the two records are clustered again with.
 */
public record LinkDecisionOptions(
    String record, String other, LinkDecision.Kind kind, String note, MatchThresholds thresholds) {
  public LinkDecisionOptions {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(other, "other");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(thresholds, "thresholds");
  }
}
