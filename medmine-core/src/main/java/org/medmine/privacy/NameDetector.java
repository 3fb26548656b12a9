package org.medmine.privacy;

import java.util.List;
import java.util.Set;
import org.medmine.privacy.NoteTokens.Shape;

/**
 * Finds person names (patients, clinicians, relatives, other contacts) by weighing evidence per
 * token, in the manner of the PhysioNet deid software (Neamatullah et al. 2008) and Philter
 * (Norgeot et al. 2020): a context cue before the word (a title, a relation, a verb of contact, a
 * label) or a credential after it; membership of the US Census given-name and surname lists; being
 * neither ordinary English nor clinical vocabulary ({@link NameLexicon}); and the company of other
 * name words ("Mary Brown", "Smith, John", "J. Smith"). A word becomes a seed when its evidence
 * suffices alone; a seed grows over the name-like words beside it on its line. Eponyms stay: a
 * surname followed by a clinical noun ("Foley catheter", "Parkinson's disease") is no name.
 */
final class NameDetector {
  private final NameLexicon lex;

  NameDetector(NameLexicon lex) {
    this.lex = lex;
  }

  /**
   * Adds the name spans of a tokenized note; in lists of drugs, results or allergies a word list
   * alone is no proof.
   */
  void find(NoteTokens t, NoteSections sections, List<PhiCandidate> out) {
    int n = t.size();
    String[] why = new String[n];
    for (int i = 0; i < n; i++) {
      if (t.isWord(i) && why[i] == null) {
        why[i] = seed(t, i);
        if ("name-dictionary".equals(why[i]) && sections.inList(t.start(i))) {
          why[i] = null;
          continue;
        }
        if (why[i] != null && why[i].equals("name-pair")) {
          why[i + 1] = "name-pair";
        }
      }
    }
    for (int i = 2; i < n; i++) {
      if (why[i] == null && why[i - 2] != null && t.isWord(i) && listed(t, i - 1)) {
        why[i] = coordinated(t, i) ? "name-list" : null;
      }
    }
    for (int i = 0; i < n; i++) {
      if (why[i] != null && !why[i].equals("grown")) {
        grow(t, i, why);
      }
    }
    for (int i = 0; i < n; i++) {
      if (why[i] == null) {
        continue;
      }
      int j = i;
      String detector = why[i];
      while (j + 1 < n && joins(t, j, why)) {
        j = why[j + 1] != null ? j + 1 : j + 2;
        if (detector.equals("grown")) {
          detector = why[j];
        }
      }
      out.add(
          PhiCandidate.of(
              t.start(i),
              t.end(j),
              PhiType.NAME,
              detector.equals("grown") ? "name-context" : detector,
              priority(detector)));
      i = j;
    }
  }

  /** Why token i is a name on its own evidence, or null. */
  private String seed(NoteTokens t, int i) {
    String lower = bare(t.lower(i));
    if (NameCues.STOP.contains(lower) || eponym(t, i)) {
      return null;
    }
    boolean capital = capitalised(t, i);
    boolean upper = t.shape(i) == Shape.UPPER;
    boolean english = english(lower);
    boolean listed = lex.isName(lower);
    String cue = cueBefore(t, i);
    if (relationAfter(t, i)
        && (cue == null || !NameCues.TITLES.contains(cue) && !NameCues.STRONG.contains(cue))) {
      cue = "friend";
    }
    if (cue != null
        && NameCues.CREDENTIALS.contains(cue)
        && NameCues.VERBS.contains(cue)
        && (capital || upper)
        && listed
        && !lex.isClinical(lower)) {
      return "name-title";
    }
    if (cue != null && NameCues.TITLES.contains(cue)) {
      return capital || upper || listed ? "name-title" : null;
    }
    boolean clinical = lex.isClinical(lower);
    if (cue != null && (NameCues.RELATIONS.contains(cue) || NameCues.STRONG.contains(cue))) {
      boolean shaped =
          capital
              || upper && (listed || !english && !clinical)
              || !english && listed && lower.length() > 2
              || t.shape(i) == Shape.LOWER && english && listed && lowerSurnameAfter(t, i)
              || t.shape(i) == Shape.LOWER
                  && NameCues.RELATIONS.contains(cue)
                  && lex.givenRank(lower) > 0
                  && lex.givenRank(lower) <= 1_000;
      boolean vouched =
          !english && (listed || !clinical) || lex.givenRank(lower) > 0 || nameFollows(t, i);
      if (shaped && vouched) {
        return NameCues.RELATIONS.contains(cue) ? "name-relation" : "name-context";
      }
    }
    return shapeSeed(t, i, lower, cue);
  }

  /**
   * Why token i is a name by its shape (initials, credential, pair, dictionary), once no cue has
   * decided.
   */
  private String shapeSeed(NoteTokens t, int i, String lower, String cue) {
    boolean capital = capitalised(t, i);
    boolean upper = t.shape(i) == Shape.UPPER;
    boolean english = english(lower);
    boolean listed = lex.isName(lower);
    boolean clinical = lex.isClinical(lower);
    boolean unit =
        Set.of("icu", "ed", "er", "or", "pacu", "ccu", "micu", "sicu", "nicu", "picu", "ctu", "ir")
            .contains(lower);
    if (upper
        && t.text(i).length() <= 3
        && !unit
        && (credentialAfter(t, i) && (!clinical || t.sentenceStart(i))
            || !clinical && cue != null && NameCues.HANDOFF.contains(cue))) {
      return "name-initials";
    }
    if (clinical || !capital) {
      return null;
    }
    if (credentialAfter(t, i) && (!english || listed)) {
      return "name-credential";
    }
    if (cue != null
        && NameCues.VERBS.contains(cue)
        && !english
        && (listed
            || t.text(i).length() > 3 && t.shape(i) == Shape.CAPITALISED && !t.sentenceStart(i))) {
      return "name-context";
    }
    if (pairStarts(t, i)) {
      return "name-pair";
    }
    if (i >= 2
        && t.is(i - 1, ".")
        && initial(t, i - 2)
        && t.sameLine(i - 2, i)
        && lex.familyRank(lower) > 0
        && (i < 3 || !t.isWord(i - 3) || nameCue(cue))
        && (!english || nameCue(cue) || credentialAfter(t, i))) {
      return "name-initial";
    }
    if (listed
        && !english
        && lower.length() > 2
        && (t.shape(i) == Shape.CAPITALISED || t.upperCaseNote())) {
      return "name-dictionary";
    }
    return null;
  }

  private static int priority(String detector) {
    return switch (detector) {
      case "name-dictionary" -> PhiCandidate.DICTIONARY;
      case "name-context", "grown", "name-pair", "name-initial", "name-list" -> PhiCandidate.WEAK;
      default -> PhiCandidate.CONTEXT;
    };
  }

  /** Whether a cue word speaks of a person (a title, a relation, a verb of contact, a hand-off). */
  private static boolean nameCue(String cue) {
    return cue != null
        && (NameCues.TITLES.contains(cue)
            || NameCues.RELATIONS.contains(cue)
            || NameCues.VERBS.contains(cue)
            || NameCues.HANDOFF.contains(cue)
            || NameCues.STRONG.contains(cue));
  }

  /**
   * Whether token k joins two names: "and", "&" or a slash ("Drs. Lindqvist and White",
   * "Smith/Jones").
   */
  private static boolean listed(NoteTokens t, int k) {
    return t.isWord(k) && t.lower(k).equals("and") || t.is(k, "&") || t.is(k, "/");
  }

  /**
   * A word after "and" that follows a name: a name too, if it is shaped like one and is no clinical
   * word.
   */
  private boolean coordinated(NoteTokens t, int i) {
    String lower = bare(t.lower(i));
    if (NameCues.STOP.contains(lower)
        || NameCues.RELATIONS.contains(lower)
        || lex.isClinical(lower)
        || !t.sameLine(i - 2, i)) {
      return false;
    }
    boolean shaped = capitalised(t, i) || t.shape(i) == t.shape(i - 2) && t.shape(i) != Shape.LOWER;
    return shaped && (lex.isName(lower) || !english(lower));
  }

  /**
   * Whether a relation in parentheses or after a comma follows the word ("Maria (friend)", "Tom,
   * her son").
   */
  private static boolean relationAfter(NoteTokens t, int i) {
    int k = i + 1;
    if (k >= t.size() || !(t.is(k, "(") || t.is(k, ","))) {
      return false;
    }
    k++;
    if (k < t.size()
        && t.isWord(k)
        && Set.of("his", "her", "their", "pt's", "patient's", "the").contains(t.lower(k))) {
      k++;
    }
    return k < t.size()
        && t.isWord(k)
        && NameCues.RELATIONS.contains(t.lower(k))
        && t.sameLine(i, k);
  }

  /**
   * Whether a capitalised surname that is no English word follows on the line ("Attending: Young
   * Kim").
   */
  private boolean nameFollows(NoteTokens t, int i) {
    int j = i + 1;
    boolean comma = j < t.size() && t.is(j, ",");
    if (comma) {
      j++;
    }
    if (j >= t.size()
        || !t.sameLine(i, j)
        || !t.isWord(j)
        || !(capitalised(t, j) || t.shape(j) == t.shape(i))) {
      return false;
    }
    String w = bare(t.lower(j));
    int given = lex.givenRank(w);
    return !lex.isClinical(w)
        && !NameCues.STOP.contains(w)
        && (lex.isName(w) && !english(w) || comma && given > 0 && given <= 2_000);
  }

  /**
   * Whether a lower-case surname follows ("partner hope abernathy"), vouching for an English given
   * name.
   */
  private boolean lowerSurnameAfter(NoteTokens t, int i) {
    int j = i + 1;
    if (j >= t.size() || !t.sameLineGap(i) || t.shape(j) != Shape.LOWER) {
      return false;
    }
    String w = t.lower(j);
    return lex.familyRank(w) > 0 && !english(w) && !lex.isClinical(w);
  }

  /** Ordinary English, hyphenated words included when each part is ("follow-up"). */
  private boolean english(String lower) {
    if (lex.isEnglish(lower)) {
      return true;
    }
    if (lower.indexOf('-') < 0) {
      return false;
    }
    for (String part : lower.split("-")) {
      if (!part.isEmpty() && !lex.isEnglish(part) && !lex.isClinical(part)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A given name followed on the same line by a surname ("Mary Brown"), by a capitalised word no
   * list knows ("Grace Okonkwo") or by an initial ("Frank N."); or an initial followed by a surname
   * ("T. Baker"): a name even when the words are English.
   */
  private boolean pairStarts(NoteTokens t, int i) {
    String first = bare(t.lower(i));
    if (NameCues.STOP.contains(first) || lex.isClinical(first)) {
      return false;
    }
    int given = lex.givenRank(first);
    if (given > 0
        && given <= 2_000
        && i + 2 < t.size()
        && initial(t, i + 1)
        && t.is(i + 2, ".")
        && t.sameLineGap(i)
        && t.start(i + 2) == t.end(i + 1)) {
      return true;
    }
    if (given > 0
        && given <= 2_000
        && i + 1 < t.size()
        && t.sameLineGap(i)
        && t.isWord(i + 1)
        && capitalised(t, i + 1)) {
      String next = bare(t.lower(i + 1));
      if (!lex.isName(next) && !english(next) && !lex.isClinical(next) && next.length() > 2) {
        return true;
      }
    }
    int j = i + 1;
    if (j >= t.size() || !t.sameLineGap(i) || !t.isWord(j) || !capitalised(t, j)) {
      return false;
    }
    String last = bare(t.lower(j));
    return lex.givenRank(first) > 0
        && lex.givenRank(first) <= 2_000
        && lex.familyRank(last) > 0
        && !lex.isClinical(last)
        && !lex.isClinical(first)
        && !NameCues.STOP.contains(last)
        && !NameCues.STOP.contains(first)
        && !eponym(t, j);
  }

  /**
   * Extends a name over the name-like tokens on either side of it (initials, unknown capitalised
   * words).
   */
  private void grow(NoteTokens t, int i, String[] why) {
    for (int j = i + 1; j < t.size() && t.sameLineGap(j - 1); j++) {
      if (t.is(j, ".") && initial(t, j - 1)
          || t.is(j, ",") && j + 1 < t.size() && why[j + 1] != null) {
        continue;
      }
      if (t.is(j, ",")
          && j == i + 1
          && j + 1 < t.size()
          && t.sameLineGap(j)
          && lex.givenRank(bare(t.lower(j + 1))) > 0
          && nameLike(t, j + 1, t.shape(i))
          && !(j + 2 < t.size() && t.is(j + 2, ","))) {
        continue;
      }
      if (why[j] != null || !nameLike(t, j, t.shape(i))) {
        break;
      }
      why[j] = "grown";
    }
    for (int j = i - 1; j >= 0 && t.sameLineGap(j); j--) {
      if (t.is(j, ".") && j > 0 && initial(t, j - 1)) {
        continue;
      }
      if (why[j] != null
          || !nameLike(t, j, t.shape(i))
          || t.sentenceStart(j) && lex.isEnglish(t.lower(j))) {
        break;
      }
      why[j] = "grown";
    }
  }

  /**
   * Whether a token may continue a name: an initial, or a capitalised word that is neither clinical
   * nor English.
   */
  private boolean nameLike(NoteTokens t, int j, Shape seedShape) {
    if (!t.isWord(j)) {
      return false;
    }
    if (initial(t, j)) {
      return true;
    }
    String lower = bare(t.lower(j));
    Shape s = t.shape(j);
    if ((s == Shape.UPPER || s == Shape.LOWER) && !capitalised(t, j)) {
      return s == seedShape
          && lex.isName(lower)
          && !english(lower)
          && !lex.isClinical(lower)
          && !NameCues.STOP.contains(lower)
          && !NameCues.CREDENTIALS.contains(lower);
    }
    if (!capitalised(t, j)
        || lex.isClinical(lower)
        || NameCues.STOP.contains(lower)
        || eponym(t, j)
        || NameCues.CREDENTIALS.contains(lower)
        || NameCues.TITLES.contains(lower)) {
      return false;
    }
    return !lex.isEnglish(lower) || lex.isName(lower) && !t.sentenceStart(j);
  }

  /**
   * Whether tokens j and the next name token are one name (a space, an initial's period, or "Smith,
   * John").
   */
  private static boolean joins(NoteTokens t, int j, String[] why) {
    if (!t.sameLineGap(j)) {
      return false;
    }
    if (why[j + 1] != null) {
      return true;
    }
    return j + 2 < t.size()
        && why[j + 2] != null
        && (t.is(j + 1, ".") || t.is(j + 1, ","))
        && t.sameLineGap(j + 1);
  }

  /** A word without its possessive ending ("Mary's" gives "mary"). */
  static String bare(String lower) {
    return lower.endsWith("'s") || lower.endsWith("\u2019s")
        ? lower.substring(0, lower.length() - 2)
        : lower;
  }

  private static boolean initial(NoteTokens t, int j) {
    return t.isWord(j) && t.end(j) - t.start(j) == 1 && Character.isUpperCase(t.text(j).charAt(0));
  }

  private boolean capitalised(NoteTokens t, int i) {
    Shape s = t.shape(i);
    return s == Shape.CAPITALISED && t.end(i) - t.start(i) > 1
        || s == Shape.MIXED && mixedName(t.text(i))
        || s == Shape.UPPER && t.upperCaseNote() && t.end(i) - t.start(i) > 1;
  }

  private static boolean mixedName(String w) {
    return w.startsWith("Mc")
        || w.startsWith("Mac")
        || w.startsWith("O'")
        || w.startsWith("D'")
        || w.contains("-")
        || w.startsWith("De")
        || w.startsWith("La")
        || w.startsWith("Van");
  }

  /**
   * The cue word before token i on its line ("Dr." gives "dr"; "spoke with" gives "spoke"; "Name:"
   * gives "name"), looking past initials ("Dr. B. Young") and past a period only when it ends a
   * title.
   */
  private static String cueBefore(NoteTokens t, int i) {
    int k = i - 1;
    while (k >= 1 && t.is(k, ".") && initial(t, k - 1) && t.sameLineGap(k - 1)) {
      k -= 2;
    }
    if (k >= 0
        && (t.is(k, ":")
            || t.is(k, ",")
            || t.is(k, "-")
            || t.is(k, "#")
            || t.is(k, "/")
            || t.is(k, "("))) {
      k--;
    }
    boolean period = k >= 0 && t.is(k, ".");
    if (period) {
      k--;
    }
    if (k < 0 || !t.isWord(k) || !t.sameLine(k, i)) {
      return null;
    }
    String w = t.lower(k);
    if (period) {
      boolean titleShape =
          t.shape(k) == Shape.CAPITALISED || t.shape(k) == Shape.UPPER && t.upperCaseNote();
      return NameCues.TITLES.contains(w) && titleShape ? w : null;
    }
    if (NameCues.TITLES.contains(w) && t.shape(k) == Shape.UPPER && !t.upperCaseNote()) {
      return null;
    }
    if ((w.equals("with") || w.equals("to") || w.equals("by")) && k > 0 && t.isWord(k - 1)) {
      String v = t.lower(k - 1);
      if (NameCues.HANDOFF.contains(v)) {
        return v;
      }
      if (NameCues.VERBS.contains(v) || NameCues.RELATIONS.contains(v)) {
        return NameCues.STRONG.contains(v) ? v : "spoke";
      }
    }
    return w;
  }

  private static boolean credentialAfter(NoteTokens t, int i) {
    int k = i + 1;
    if (k < t.size() && t.is(k, ",")) {
      k++;
    }
    if (k >= t.size() || !t.isWord(k) || !t.sameLineGap(k - 1)) {
      return false;
    }
    String w = t.text(k);
    return NameCues.CREDENTIALS.contains(w.toLowerCase(java.util.Locale.ROOT))
        && (w.equals(w.toUpperCase(java.util.Locale.ROOT))
            || w.equals("PhD")
            || w.equals("PharmD")
            || w.equals("PsyD"));
  }

  /** A surname used as an eponym: "Foley catheter", "Parkinson's disease", "Swan-Ganz". */
  private static boolean eponym(NoteTokens t, int i) {
    int k = i + 1;
    if (k + 1 < t.size()
        && (t.is(k, "'") || t.is(k, "\u2019"))
        && t.isWord(k + 1)
        && t.lower(k + 1).equals("s")) {
      k += 2;
    } else if (k < t.size() && t.isWord(k) && t.lower(k).equals("s") && t.text(i).endsWith("'")) {
      k++;
    }
    if (k < t.size() && t.isWord(k) && t.lower(k).endsWith("'s")) {
      return false;
    }
    if (t.text(i).endsWith("'s") || t.text(i).endsWith("\u2019s")) {
      return k < t.size() && t.isWord(k) && NameCues.EPONYM_NOUNS.contains(t.lower(k));
    }
    return k < t.size() && t.isWord(k) && NameCues.EPONYM_NOUNS.contains(t.lower(k));
  }
}
