package org.medmine.apps.fraud;

import java.util.Objects;
import org.medmine.model.MedmineUserException;

/**
 * What {@link FraudApp} screens ({@link FraudScreen.Options}) and how much of the ranking its text,
 * JSON and report show.
 *
 * @param screen the screen's parameters
 * @param top providers shown in the text and the report (at least 1)
 * @param topClaims claims of the per-claim ranking in the JSON, text and report (0: none)
 */
public record FraudOptions(FraudScreen.Options screen, int top, int topClaims) {
  /** The demo's screen: the default parameters, 25 providers and 25 claims shown. */
  public static final FraudOptions DEMO = new FraudOptions(FraudScreen.Options.defaults(), 25, 25);

  public FraudOptions {
    Objects.requireNonNull(screen, "screen");
    if (top < 1) {
      throw new MedmineUserException("--top must be at least 1 provider, not " + top + ".");
    }
    if (topClaims < 0) {
      throw new MedmineUserException(
          "--top-claims must be 0 or more claims, not " + topClaims + ".");
    }
  }
}
