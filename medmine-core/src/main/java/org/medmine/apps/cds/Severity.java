package org.medmine.apps.cds;

import java.util.Locale;
import org.medmine.model.MedmineUserException;

/**
 * How serious an interaction is: {@code HIGH} for the ONC high-priority list (combinations to
 * avoid, Phansalkar et al. 2012), {@code MODERATE} for the non-interruptive list (clinically
 * relevant, to be shown without interrupting, Phansalkar et al. 2013). The alert-fatigue policy's
 * floor is one of these.
 */
public enum Severity {
  MODERATE,
  HIGH;

  /** The severity named {@code text} ({@code high} or {@code moderate}), or a user error. */
  public static Severity parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MedmineUserException("Unknown severity '" + text + "': use high or moderate.");
    }
  }

  /** The lower-case name, as the JSON documents write it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
