package org.medmine.apps.prediction.federated;

import java.util.List;

/**
 * One masked exchange: its label (which seeds the pairwise masks, so no two exchanges share a mask)
 * and the sites taking part, whose masks cancel in the sum of their replies.
 *
 * @param label what is summed and when, e.g. {@code newton-3} or {@code histograms-12-2-retry1}
 * @param participants the sites of the round with their public keys
 */
public record Round(String label, List<PairwiseMasks.Participant> participants) {
  public Round {
    participants = List.copyOf(participants);
  }
}
