package org.medmine.mining.nlp;

import java.util.Locale;

/**
 * The mental-health markers medmine tracks in notes: depression, anxiety, suicidal ideation,
 * self-harm (including suicide attempts) and substance use (alcohol, tobacco, opioids, other
 * drugs). A lexicon concept carries at most one; {@link #NONE} for the rest.
 */
public enum MentalHealthMarker {
  NONE,
  DEPRESSION,
  ANXIETY,
  SUICIDAL_IDEATION,
  SELF_HARM,
  SUBSTANCE_USE;

  /** The marker named in a lexicon file ({@code self-harm}, {@code -} for none). */
  public static MentalHealthMarker of(String name) {
    String n = name.strip();
    return n.isEmpty() || n.equals("-")
        ? NONE
        : valueOf(n.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /**
   * The marker a warehouse display names, by its words (a SNOMED CT display such as "Major
   * depression disorder" or "Unhealthy alcohol drinking behavior"); {@link #NONE} when it names
   * none.
   */
  public static MentalHealthMarker ofDisplay(String display) {
    String d = display.toLowerCase(Locale.ROOT);
    if (d.contains("suicid") && !d.contains("attempt")) {
      return SUICIDAL_IDEATION;
    }
    if (d.contains("self-harm")
        || d.contains("self harm")
        || d.contains("self-injur")
        || d.contains("suicide attempt")) {
      return SELF_HARM;
    }
    if (d.contains("depress")
        && !d.contains("st depression")
        && !d.contains("respiratory depression")) {
      return DEPRESSION;
    }
    if (d.contains("anxiety")
        || d.contains("panic")
        || d.contains("post-traumatic")
        || d.contains("posttraumatic")) {
      return ANXIETY;
    }
    boolean substance =
        d.contains("alcohol")
            || d.contains("drug abuse")
            || d.contains("misuses drugs")
            || d.contains("opioid")
            || d.contains("tobacco")
            || d.contains("smok")
            || d.contains("substance")
            || d.contains("cocaine")
            || d.contains("cannabis")
            || d.contains("heroin");
    return substance && !d.contains("never smoked") ? SUBSTANCE_USE : NONE;
  }
}
