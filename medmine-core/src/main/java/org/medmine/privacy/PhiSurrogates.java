package org.medmine.privacy;

import java.util.List;
import java.util.Locale;

/**
 * Replaces PHI with surrogates instead of placeholders: every name word becomes a fake name word
 * chosen by a keyed hash of the patient and the word ({@link Pseudonymizer#choice}), so the same
 * person keeps the same fake name across all of a patient's notes and "Mary", "Mary Brown" and
 * "MARY" stay one person; dates move by the patient's offset of the {@code shifted} policy ({@link
 * Pseudonymizer#dateShiftDays}, the same offset the warehouse copy uses) and keep their written
 * form ({@link DateShifter}). Other types, and dates that cannot be shifted (a holiday, a lone
 * ordinal day), get their placeholder. The idea follows the "hiding in plain sight" surrogates of
 * Carrell et al. 2013 (J Am Med Inform Assoc 20:342). Not thread-safe: one per thread.
 */
public final class PhiSurrogates {
  private final Pseudonymizer keyed;
  private final NameLexicon lex = NameLexicon.get();

  /** Surrogates under the de-identification secret ({@link SecretKeySource}). */
  public PhiSurrogates(byte[] secret) {
    this.keyed = new Pseudonymizer(secret);
  }

  /** The text with each span replaced by its surrogate for the patient {@code patientKey}. */
  public String replace(String text, List<PhiSpan> spans, String patientKey) {
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    int shift = keyed.dateShiftDays(patientKey);
    for (PhiSpan s : spans) {
      out.append(text, at, s.start());
      String original = text.substring(s.start(), s.end());
      out.append(
          switch (s.type()) {
            case NAME -> fakeName(original, patientKey);
            case DATE -> DateShifter.shift(original, shift).orElse(s.type().placeholder());
            default -> s.type().placeholder();
          });
      at = s.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  /** The date shift, in days, that {@link #replace} applies to the patient's dates. */
  public int dateShiftDays(String patientKey) {
    return keyed.dateShiftDays(patientKey);
  }

  private String fakeName(String original, String patient) {
    StringBuilder b = new StringBuilder(original.length());
    int i = 0;
    while (i < original.length()) {
      char c = original.charAt(i);
      if (!Character.isLetter(c)) {
        b.append(c);
        i++;
        continue;
      }
      int j = i;
      while (j < original.length()
          && (Character.isLetter(original.charAt(j))
              || original.charAt(j) == '\''
                  && j + 1 < original.length()
                  && Character.isLetter(original.charAt(j + 1)))) {
        j++;
      }
      b.append(fakeWord(original.substring(i, j), patient));
      i = j;
    }
    return b.toString();
  }

  private String fakeWord(String word, String patient) {
    String lower = NameDetector.bare(word.toLowerCase(Locale.ROOT));
    String possessive = lower.length() < word.length() ? word.substring(lower.length()) : "";
    String key = patient + "\u0000" + lower;
    String fake;
    if (lower.length() == 1) {
      fake = String.valueOf((char) ('A' + keyed.choice("surrogate-initial", key, 26)));
    } else if (lex.givenRank(lower) > 0
        && (lex.familyRank(lower) == 0 || lex.givenRank(lower) < lex.familyRank(lower))) {
      fake = lex.commonGiven().get(keyed.choice("surrogate-given", key, lex.commonGiven().size()));
    } else {
      fake =
          lex.commonFamily().get(keyed.choice("surrogate-family", key, lex.commonFamily().size()));
    }
    if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
      return fake.toUpperCase(Locale.ROOT) + possessive;
    }
    return (Character.isLowerCase(word.charAt(0)) ? fake.toLowerCase(Locale.ROOT) : fake)
        + possessive;
  }
}
