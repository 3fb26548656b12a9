package org.medmine.apps.associations;

import java.util.Objects;
import org.medmine.model.MedmineUserException;

/**
 * What {@link RulesApp} mines ({@link RuleMining.Options}: transactions, thresholds, consequent
 * family, findings) and how many rules and itemsets its text and report show.
 *
 * @param mining the mining parameters
 * @param top rules and itemsets shown in the text and the report (at least 1)
 */
public record RulesOptions(RuleMining.Options mining, int top) {
  /** The demo's run: a patient's disorders with the default thresholds, 25 rules shown. */
  public static final RulesOptions DEFAULTS = new RulesOptions(RuleMining.Options.defaults(), 25);

  public RulesOptions {
    Objects.requireNonNull(mining, "mining");
    if (top < 1) {
      throw new MedmineUserException("--top must be at least 1 rule, not " + top + ".");
    }
  }
}
