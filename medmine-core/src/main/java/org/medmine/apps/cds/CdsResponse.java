package org.medmine.apps.cds;

import java.util.List;

/**
 * A CDS Hooks 2.0 response (https://cds-hooks.hl7.org/2.0/#cds-service-response): the cards, in the
 * order the service ranks them (interruptive first). An empty list means nothing to say.
 */
public record CdsResponse(List<Card> cards) {
  public CdsResponse {
    cards = List.copyOf(cards);
  }
}
