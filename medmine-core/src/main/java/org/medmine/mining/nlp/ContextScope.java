package org.medmine.mining.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How far a ConText trigger's scope reaches in a sentence (Harkema et al. 2009): forward to the
 * sentence end, backward to its start, or to the first terminator of the trigger's category, within
 * the trigger's maximum width in content tokens. Two refinements of the paper's rule:
 *
 * <ul>
 *   <li>A terminator yields to a trigger it stands next to, with only function words, pronouns or
 *       other triggers between them: "denies that she <em>has had</em> falls", "no one in the
 *       family <em>has had</em> polyps", "delirium, <em>which</em> cleared", "may be <em>secondary
 *       to</em> reflux" keep their trigger's scope. Contrastive terminators ("but", "however", ";")
 *       never yield.
 *   <li>A subject pronoun right after a people noun, or after a relative word ("where", "whom",
 *       "whose"), opens a relative clause about that person ("the guy <em>she</em> is dating had a
 *       cold sore", "a man at the shelter <em>where he</em> stays has scabies") and does not end
 *       the noun's scope.
 *   <li>A terminator inside a comma-enclosed clause that closes before a backward trigger does not
 *       end that trigger's scope, and the clause's words do not count against its width ("the pain,
 *       <em>which</em> had been severe, is now absent").
 * </ul>
 */
final class ContextScope {
  /**
   * Words that cannot be a mention (function words, pronouns, the nouns that name the patient): a
   * terminator separated from a trigger only by these yields.
   */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "that", "she", "he", "they", "it", "we", "i", "you", "her", "his", "their", "its", "him",
          "them", "the", "a", "an", "any", "some", "is", "was", "were", "are", "be", "been",
          "being", "has", "have", "had", "do", "does", "did", "ever", "at", "in", "of", "to",
          "with", "for", "on", "by", "from", "home", "here", "there", "also", "else", "one",
          "anyone", "who", "which", "this", "these", "those", "then", "yet", "patient", "pt",
          "baby", "child", "infant");

  /**
   * The terminators that may yield: a verb of having, a relative pronoun or a causal link, which go
   * on the clause of a trigger they stand next to. Contrasts ("but", "however"), clause breaks (",
   * denies", ";") and markers of the present ("with residual", "now has") always end a scope.
   */
  private static final Set<String> YIELDING =
      Set.of(
          "has had",
          "have had",
          "she has",
          "he has",
          "which",
          "who",
          "secondary to",
          "due to",
          "because of");

  /**
   * Subject pronouns that open a relative clause when they follow a people noun at once ("the man
   * <em>he</em> shares a tent with has scabies"): then they do not end the noun's scope.
   */
  private static final Set<String> RELATIVE_SUBJECTS = Set.of("he", "she", "they", "i", "we");

  /**
   * Relative words after which a subject pronoun is inside a clause about a people noun before them
   * ("a man at the shelter <em>where he</em> stays has scabies").
   */
  private static final Set<String> RELATIVE_WORDS = Set.of("where", "whom", "whose");

  private ContextScope() {}

  /** The first phrase token after forward trigger {@code m} that its scope no longer covers. */
  static int end(SentenceTriggers s, int m) {
    TriggerMatch tm = s.matches().get(m);
    int limit = s.tokens().size();
    for (int k = m + 1; k < s.matches().size(); k++) {
      TriggerMatch other = s.matches().get(k);
      boolean relativeClause =
          tm.trigger().category().isExperiencer()
              && (other.start() == tm.end() || opensRelative(s, other.start()))
              && RELATIVE_SUBJECTS.contains(other.trigger().phrase());
      if (other.trigger().ends().contains(tm.trigger().category())
          && !relativeClause
          && !yields(s, other, tm.end(), other.start())) {
        limit = other.start();
        break;
      }
    }
    int content = 0;
    for (int i = tm.end(); i < limit; i++) {
      if (s.tokens().get(i).isContent() && ++content > tm.trigger().maxScope()) {
        return i;
      }
    }
    return limit;
  }

  /**
   * Whether the phrase token before {@code i} is a relative word ("the shelter where he stays").
   */
  private static boolean opensRelative(SentenceTriggers s, int i) {
    return i > 0 && RELATIVE_WORDS.contains(s.tokens().get(i - 1).lower());
  }

  /** The first phrase token before backward trigger {@code m} that its scope still covers. */
  static int start(SentenceTriggers s, int m) {
    TriggerMatch tm = s.matches().get(m);
    int limit = -1;
    List<int[]> clauses = new ArrayList<>();
    for (int k = m - 1; k >= 0; k--) {
      TriggerMatch other = s.matches().get(k);
      if (!other.trigger().ends().contains(tm.trigger().category())
          || yields(s, other, other.end(), tm.start())) {
        continue;
      }
      int[] clause = closedClause(s, other, tm.start());
      if (clause == null) {
        limit = other.end() - 1;
        break;
      }
      clauses.add(clause);
    }
    int content = 0;
    for (int i = tm.start() - 1; i > limit; i--) {
      if (s.tokens().get(i).isContent()
          && !inside(clauses, i)
          && ++content > tm.trigger().maxScope()) {
        return i;
      }
    }
    return limit;
  }

  /**
   * Whether terminator {@code t} yields to a trigger whose side of it spans phrase tokens {@code
   * [from, to)}: it is one that may yield and only function words or other triggers lie between.
   */
  private static boolean yields(SentenceTriggers s, TriggerMatch t, int from, int to) {
    if (!YIELDING.contains(t.trigger().phrase())) {
      return false;
    }
    for (int i = from; i < to; i++) {
      Token token = s.tokens().get(i);
      if (!FUNCTION_WORDS.contains(token.lower()) && !inAnyMatch(s, i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean inAnyMatch(SentenceTriggers s, int i) {
    for (TriggerMatch m : s.matches()) {
      if (m.start() <= i && i < m.end() && m.trigger().category() != TriggerCategory.TERMINATE) {
        return true;
      }
    }
    return false;
  }

  /**
   * The phrase tokens {@code [comma, closing comma]} of the comma-enclosed clause that terminator
   * {@code t} opens, when the clause closes before {@code to}; else null.
   */
  private static int[] closedClause(SentenceTriggers s, TriggerMatch t, int to) {
    if (t.start() == 0 || !s.tokens().get(t.start() - 1).text().equals(",")) {
      return null;
    }
    for (int i = t.end(); i < to; i++) {
      if (s.tokens().get(i).text().equals(",")) {
        return new int[] {t.start() - 1, i};
      }
    }
    return null;
  }

  private static boolean inside(List<int[]> clauses, int i) {
    for (int[] c : clauses) {
      if (c[0] <= i && i <= c[1]) {
        return true;
      }
    }
    return false;
  }
}
