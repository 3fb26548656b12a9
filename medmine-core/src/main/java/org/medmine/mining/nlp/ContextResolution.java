package org.medmine.mining.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the triggers that reach a mention into its judgement: per dimension the nearest trigger
 * wins (the governing rule of {@link ContextAnalyzer} for assertions), and a section default fills
 * a dimension no trigger reached.
 */
final class ContextResolution {
  private ContextResolution() {}

  static ContextJudgement resolve(
      SentenceTriggers s, List<ContextAnalyzer.Reach> reaches, SectionKind section) {
    List<ContextAnalyzer.Reach> sorted = new ArrayList<>(reaches);
    sorted.sort(Comparator.comparingInt(ContextAnalyzer.Reach::distance));
    List<String> fired = new ArrayList<>();
    ContextAnalyzer.Reach assertion = governing(s, sorted);
    ContextAnalyzer.Reach experiencer = first(sorted, true);
    ContextAnalyzer.Reach historical =
        sorted.stream()
            .filter(r -> r.category() == TriggerCategory.HISTORICAL)
            .findFirst()
            .orElse(null);
    Assertion a = Assertion.AFFIRMED;
    if (assertion != null) {
      a = Assertion.valueOf(assertion.category().name());
      fired.add(
          assertion.category().name().toLowerCase(java.util.Locale.ROOT)
              + ":"
              + assertion.match().trigger().phrase());
    }
    Temporality t = Temporality.RECENT;
    if (a == Assertion.HYPOTHETICAL) {
      // What may happen later has not happened yet: "colonoscopy is recommended at age 45".
      historical = null;
    } else if (historical != null) {
      t = Temporality.HISTORICAL;
      fired.add(historical.match().trigger().describe());
    }
    if (a != Assertion.HYPOTHETICAL && historical == null && section.historicalByDefault()) {
      t = Temporality.HISTORICAL;
      fired.add("section:" + section);
    }
    Experiencer e = Experiencer.PATIENT;
    if (experiencer != null) {
      e = experiencer.category() == TriggerCategory.FAMILY ? Experiencer.FAMILY : Experiencer.OTHER;
      fired.add(experiencer.match().trigger().describe());
    } else if (section.familyByDefault()) {
      e = Experiencer.FAMILY;
      fired.add("section:" + section);
    }
    return new ContextJudgement(a, t, e, fired);
  }

  private static ContextAnalyzer.Reach first(
      List<ContextAnalyzer.Reach> sorted, boolean experiencer) {
    for (ContextAnalyzer.Reach r : sorted) {
      TriggerCategory c = r.category();
      if (experiencer ? c.isExperiencer() : c.isAssertion()) {
        return r;
      }
    }
    return null;
  }

  /**
   * The nearest assertion trigger, unless it lies, with no punctuation between, in the scope of a
   * farther trigger before it that governs it (see {@link #governs}): then that one decides the
   * whole phrase.
   */
  private static ContextAnalyzer.Reach governing(
      SentenceTriggers s, List<ContextAnalyzer.Reach> sorted) {
    ContextAnalyzer.Reach nearest = first(sorted, false);
    if (nearest == null) {
      return null;
    }
    TriggerMatch n = nearest.match();
    for (ContextAnalyzer.Reach r : sorted) {
      TriggerMatch o = r.match();
      if (s.matches().contains(o)
          && governs(o.trigger().category(), n.trigger().category())
          && o.end() <= n.start()
          && o.trigger().direction() != Trigger.Direction.BACKWARD
          && n.start() < ContextScope.end(s, s.matches().indexOf(o))
          && !ContextAnalyzer.hasPunctuation(s, o.end(), n.start())) {
        return r;
      }
    }
    return nearest;
  }

  /**
   * A negation governs a possibility inside it; a condition governs a negation inside it ("if no
   * relief").
   */
  private static boolean governs(TriggerCategory outer, TriggerCategory inner) {
    return (outer == TriggerCategory.NEGATED && inner == TriggerCategory.POSSIBLE)
        || (outer == TriggerCategory.HYPOTHETICAL && inner == TriggerCategory.NEGATED);
  }
}
