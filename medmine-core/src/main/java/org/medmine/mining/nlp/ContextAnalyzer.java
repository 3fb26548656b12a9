package org.medmine.mining.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The ConText algorithm (Harkema, Dowling, Thornblade and Chapman 2009, "ConText: an algorithm for
 * determining negation, experiencer, and temporal status from clinical reports", J Biomed Inform
 * 42(5):839-851), itself an extension of NegEx (Chapman et al. 2001). In a sentence, triggers are
 * found longest first (pseudo-triggers hide the triggers inside them); a trigger's scope runs
 * forward, backward or both from it to the sentence end or start, to a terminator of its category
 * ("but", "however", "presents with", ";") or to its maximum width; a mention inside the scope
 * takes the trigger's value.
 *
 * <p>Where this departs from the paper: (1) when several assertion triggers reach a mention, the
 * nearest wins, except that a trigger which itself lies, with no punctuation between, in the scope
 * of an earlier one of another assertion category yields to it ("no lesions suspicious for
 * melanoma" is negated); (2) a relative named as an informant ("per his wife", "mother states",
 * "accompanied by his son") fires no experiencer trigger; (3) section defaults: the family history
 * section makes the experiencer family, the past medical and surgical history sections make
 * mentions historical, unless a trigger says otherwise; (4) a word negated by the prefix {@code
 * non} ("nonsmoker") is negated; (5) scopes follow {@link ContextScope}: terminators yield to a
 * trigger they stand next to, and a comma-enclosed clause does not cut a backward scope; (6) a
 * mention in a fronted exception ("<em>other than</em> fatigue, review of systems is negative") is
 * not negated by a trigger after the clause; (7) a two-way possibility or condition trigger that
 * opens a clause after a comma reaches forward only ("pneumonia, <em>less likely</em> aspiration");
 * (8) of two people nouns joined by a preposition ("a classmate <em>of her daughter</em>", "a
 * student <em>in her son's</em> class"), the first is the head and names the experiencer.
 */
public final class ContextAnalyzer {
  private static final int INFORMANT_WINDOW = 6;
  private static final java.util.Set<String> PATIENT_WORDS =
      java.util.Set.of("he", "she", "him", "her", "his", "patient", "pt", "they", "them");
  private static final java.util.Set<String> SELF_REPORTS =
      java.util.Set.of(
          "reports",
          "reported",
          "report",
          "denies",
          "denied",
          "endorses",
          "endorsed",
          "describes",
          "described",
          "says",
          "said",
          "states",
          "stated",
          "notes",
          "noted",
          "complains");
  private static final java.util.Set<String> EXCEPTIONS =
      java.util.Set.of("other than", "except", "except for", "apart from", "aside from", "besides");
  private static final java.util.Set<String> PREPOSITIONS =
      java.util.Set.of("of", "in", "at", "from");
  private static final java.util.Set<String> NOUN_LINKS =
      java.util.Set.of(
          "of", "in", "at", "from", "her", "his", "their", "the", "a", "an", "my", "our", "patient",
          "pt");
  private static final java.util.Set<String> NEGATING_PSEUDO_STARTS =
      java.util.Set.of("no", "not", "without");
  private static final Trigger NON_PREFIX =
      new Trigger(
          "non",
          List.of("non"),
          TriggerCategory.NEGATED,
          Trigger.Direction.FORWARD,
          0,
          java.util.Set.of());
  private final TriggerSet triggers;

  public ContextAnalyzer(TriggerSet triggers) {
    this.triggers = triggers;
  }

  /** The analyzer with the shipped triggers. */
  public static ContextAnalyzer standard() {
    return new ContextAnalyzer(TriggerSet.standard());
  }

  /** The sentence's triggers and phrase tokens, computed once for all its mentions. */
  public SentenceTriggers prepare(List<Token> sentence) {
    List<Token> phrase = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (Token t : sentence) {
      if (t.kind() != Token.Kind.JOINER) {
        phrase.add(t);
        words.add(t.lower());
      }
    }
    List<List<String>> keys = TriggerSet.keys(words);
    return new SentenceTriggers(
        phrase, triggers.findKeyed(keys), triggers.findInformantsKeyed(keys));
  }

  /** The judgement of the mention at characters {@code [start, end)} of a prepared sentence. */
  public ContextJudgement judge(SentenceTriggers s, int start, int end, SectionKind section) {
    return judge(s, start, end, section, List.of());
  }

  /**
   * The judgement of a mention when the sentence holds other concept mentions: a trigger word
   * inside another concept ("partner" in "victim of intimate partner abuse", "suspected" in
   * "suspected COVID-19") is part of that concept's name, not a trigger.
   */
  public ContextJudgement judge(
      SentenceTriggers s, int start, int end, SectionKind section, List<ConceptMention> others) {
    int ts = -1;
    int te = -1;
    for (int i = 0; i < s.tokens().size(); i++) {
      Token t = s.tokens().get(i);
      if (t.end() > start && t.start() < end) {
        ts = ts < 0 ? i : ts;
        te = i + 1;
      }
    }
    if (ts < 0) {
      return new ContextJudgement(
          Assertion.AFFIRMED, Temporality.RECENT, Experiencer.PATIENT, List.of());
    }
    List<Reach> reaches = new ArrayList<>();
    if (negatingPrefix(s.tokens().get(ts), start)) {
      reaches.add(new Reach(new TriggerMatch(NON_PREFIX, ts, ts), 0, TriggerCategory.NEGATED));
    }
    for (int m = 0; m < s.matches().size(); m++) {
      TriggerMatch tm = s.matches().get(m);
      TriggerCategory c = tm.trigger().category();
      if (c == TriggerCategory.PSEUDO
          && tm.end() > ts
          && tm.start() < te
          && tm.start() < ts
          && NEGATING_PSEUDO_STARTS.contains(tm.trigger().words().get(0))) {
        // The mention is inside a pseudo-trigger ("no change in [vision]"): its negation applies to
        // it.
        reaches.add(new Reach(tm, 0, TriggerCategory.NEGATED));
        continue;
      }
      boolean active = c.isAssertion() || c.isExperiencer() || c == TriggerCategory.HISTORICAL;
      if (!active
          || (tm.end() > ts && tm.start() < te)
          || insideAny(s, tm, others)
          || (c.isExperiencer() && (isInformant(s, m, ts) || isModifier(s, m)))
          || (c == TriggerCategory.NEGATED && inFrontedException(s, tm, ts, te))) {
        continue;
      }
      int distance = distance(s, m, ts, te);
      if (distance >= 0) {
        reaches.add(new Reach(tm, distance, c));
      }
    }
    return ContextResolution.resolve(s, reaches, section);
  }

  /**
   * Whether the mention starts inside a token right after the negating prefix {@code non} ("smoker"
   * in "nonsmoker").
   */
  private static boolean negatingPrefix(Token token, int start) {
    int offset = start - token.start();
    return offset == NON_PREFIX.phrase().length()
        && token.lower().startsWith(NON_PREFIX.phrase())
        && Character.isLetter(token.text().charAt(offset));
  }

  private static boolean insideAny(
      SentenceTriggers s, TriggerMatch tm, List<ConceptMention> others) {
    int from = s.tokens().get(tm.start()).start();
    int to = s.tokens().get(tm.end() - 1).end();
    for (ConceptMention o : others) {
      if (o.start() <= from && to <= o.end()) {
        return true;
      }
    }
    return false;
  }

  /** How far the trigger's scope reaches the mention [ts, te), or -1 when it does not. */
  private static int distance(SentenceTriggers s, int m, int ts, int te) {
    TriggerMatch tm = s.matches().get(m);
    Trigger.Direction d = tm.trigger().direction();
    if (d != Trigger.Direction.BACKWARD && ts >= tm.end() && ts < ContextScope.end(s, m)) {
      return ts - tm.end();
    }
    if (d != Trigger.Direction.FORWARD
        && te <= tm.start()
        && te > ContextScope.start(s, m)
        && !(d == Trigger.Direction.BOTH && opensClause(s, tm))) {
      return tm.start() - te;
    }
    return -1;
  }

  /**
   * Whether a two-way possibility or condition trigger opens a clause: right after a comma, with a
   * word after it ("pneumonia, less likely aspiration"), so it speaks of what follows.
   */
  private static boolean opensClause(SentenceTriggers s, TriggerMatch tm) {
    TriggerCategory c = tm.trigger().category();
    return (c == TriggerCategory.POSSIBLE || c == TriggerCategory.HYPOTHETICAL)
        && tm.start() > 0
        && s.tokens().get(tm.start() - 1).text().equals(",")
        && tm.end() < s.tokens().size()
        && s.tokens().get(tm.end()).isContent();
  }

  /**
   * Whether a mention follows an exception phrase of its own clause ("other than fatigue, ...")
   * while the negation trigger stands after that clause.
   */
  private static boolean inFrontedException(SentenceTriggers s, TriggerMatch neg, int ts, int te) {
    if (neg.start() < te || !hasPunctuation(s, te, neg.start())) {
      return false;
    }
    for (TriggerMatch x : s.matches()) {
      if (x.trigger().category() == TriggerCategory.TERMINATE
          && EXCEPTIONS.contains(x.trigger().phrase())
          && x.end() <= ts
          && !hasPunctuation(s, x.end(), ts)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether experiencer trigger m only modifies an earlier people noun it is joined to by a
   * preposition and determiners ("a classmate of her daughter"): then the earlier noun names the
   * experiencer.
   */
  private static boolean isModifier(SentenceTriggers s, int m) {
    TriggerMatch tm = s.matches().get(m);
    for (int k = m - 1; k >= 0; k--) {
      TriggerMatch head = s.matches().get(k);
      if (!head.trigger().category().isExperiencer()
          || head.trigger().direction() == Trigger.Direction.BACKWARD
          || head.end() > tm.start()
          || tm.start() - head.end() > 3
          || tm.start() == head.end()) {
        continue;
      }
      boolean linked = true;
      for (int i = head.end(); i < tm.start(); i++) {
        linked &= NOUN_LINKS.contains(s.tokens().get(i).lower());
      }
      if (linked && PREPOSITIONS.contains(s.tokens().get(head.end()).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the person named by experiencer trigger m only reports on the patient. Someone who is
   * not family and whose reporting verb takes the mention as its object, with no word naming the
   * patient between ("her roommate denies any fever", "her girlfriend reports a similar rash"),
   * speaks of their own state; a relative reporting the same way is the usual informant of a child
   * ("mother reports fever").
   */
  private static boolean isInformant(SentenceTriggers s, int m, int ts) {
    TriggerMatch tm = s.matches().get(m);
    for (TriggerMatch i : s.informants()) {
      boolean before =
          i.trigger().direction() == Trigger.Direction.FORWARD
              && i.end() <= tm.start()
              && tm.start() - i.end() <= 3;
      boolean after =
          i.trigger().direction() == Trigger.Direction.BACKWARD
              && i.start() >= tm.end()
              && i.start() - tm.end() <= INFORMANT_WINDOW
              && !hasPunctuation(s, tm.end(), i.start());
      if (before || (after && !speaksOfThemselves(s, tm, i, ts))) {
        return true;
      }
    }
    return false;
  }

  private static boolean speaksOfThemselves(
      SentenceTriggers s, TriggerMatch person, TriggerMatch verb, int ts) {
    if (person.trigger().category() != TriggerCategory.OTHER
        || ts < verb.end()
        || !SELF_REPORTS.contains(verb.trigger().words().get(0))) {
      return false;
    }
    for (int k = verb.start(); k < ts; k++) {
      if (PATIENT_WORDS.contains(s.tokens().get(k).lower())) {
        return false;
      }
    }
    return true;
  }

  static boolean hasPunctuation(SentenceTriggers s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.tokens().get(i).kind() == Token.Kind.PUNCTUATION) {
        return true;
      }
    }
    return false;
  }

  /** A trigger that reaches a mention, and how many phrase tokens lie between them. */
  record Reach(TriggerMatch match, int distance, TriggerCategory category) {}
}
