package org.medmine.apps.cds;

/**
 * medmine's alert-fatigue policy for interaction cards (docs/cds-hooks.md): a card is shown once
 * per interacting ingredient pair per encounter (the {@link AlertLedger} remembers what was shown);
 * interactions below {@code severityFloor} make no card; only high-priority interactions (the ONC
 * high-priority list) get the interruptive {@code critical} indicator, the non-interruptive list
 * {@code info}. The ONC lists' own split follows Phansalkar et al. 2012 and 2013.
 *
 * @param severityFloor the least severity that makes a card
 */
public record AlertPolicy(Severity severityFloor) {
  /** Every interaction the knowledge base knows, moderate ones as non-interruptive cards. */
  public static final AlertPolicy DEFAULT = new AlertPolicy(Severity.MODERATE);

  public AlertPolicy {
    if (severityFloor == null) {
      severityFloor = Severity.MODERATE;
    }
  }

  /** Whether {@code rule} makes a card at all. */
  public boolean shows(InteractionRule rule) {
    return rule.severity().compareTo(severityFloor) >= 0;
  }

  /** The card indicator of {@code rule}: critical (interruptive) only for high priority. */
  public String indicator(InteractionRule rule) {
    return rule.highPriority() ? "critical" : "info";
  }
}
