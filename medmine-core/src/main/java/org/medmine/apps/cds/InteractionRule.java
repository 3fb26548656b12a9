package org.medmine.apps.cds;

/**
 * One drug-drug interaction rule of the knowledge base: two sides, each an ingredient (its RxNorm
 * name) or a drug class ({@code class:ID}), and what a clinician needs to act on it.
 *
 * @param id the rule's stable id (a card's source names it)
 * @param list {@code high-priority} or {@code non-interruptive}: the ONC list it comes from
 * @param severity how serious the interaction is
 * @param drugA one side
 * @param drugB the other side
 * @param mechanism why the drugs interact, in one or two sentences
 * @param management what to do about it, in our own words
 * @param source the published list (and its section) the rule comes from
 */
public record InteractionRule(
    String id,
    String list,
    Severity severity,
    String drugA,
    String drugB,
    String mechanism,
    String management,
    String source) {
  /** Whether the rule comes from the ONC high-priority list (the only ones that may interrupt). */
  public boolean highPriority() {
    return "high-priority".equals(list);
  }
}
