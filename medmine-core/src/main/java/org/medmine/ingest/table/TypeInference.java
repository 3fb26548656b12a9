package org.medmine.ingest.table;

import java.util.Locale;
import java.util.regex.Pattern;
import org.medmine.model.MedmineUserException;

/**
 * Infers a column's {@link ColumnKind} from its {@link ColumnStats}, and refuses a column that
 * cannot be used as it stands: one missing in every row, or one that mixes numbers (or dates) with
 * text, which usually means a missing-value token the user has not named.
 *
 * <p>Rules, in order: every value a number: ordinal when whole numbers with 3 to {@value
 * #ORDINAL_MAX_LEVELS} values, a code column when the name says so (icd, diag, dx) and every value
 * is shaped as an ICD-9-CM code, else numeric; every value a date: date; at least {@value
 * #CODE_SHARE} of the values shaped as ICD codes, with more than {@value #ORDINAL_MAX_LEVELS}
 * distinct values or a diagnosis column's name: code; at least half the values numbers (or dates)
 * but not all: mixed, refused; every value starting with a number and 3 to 30 levels (age bands
 * such as {@code [40-50)}): ordinal; anything else: categorical.
 */
public final class TypeInference {
  /** Whole-number columns with at most this many values are ordinal. */
  public static final int ORDINAL_MAX_LEVELS = 10;

  /** The share of values shaped as ICD codes that makes a code column. */
  public static final double CODE_SHARE = 0.95;

  private static final Pattern CODE_NAME =
      Pattern.compile(".*(icd|diag|dx|diagnosis).*", Pattern.CASE_INSENSITIVE);

  private TypeInference() {}

  /** The kind of {@code s}'s column in {@code file}; a user error for an unusable column. */
  public static ColumnProfile infer(ColumnStats s, String file) {
    long present = s.present();
    if (present == 0) {
      throw new MedmineUserException(
          "Column '"
              + s.name()
              + "' of "
              + file
              + " is missing in every row: leave it out with --drop "
              + s.name()
              + ".");
    }
    if (s.numbers() == present) {
      if (CODE_NAME.matcher(s.name()).matches() && s.icd9() == present) {
        return profile(s, ColumnKind.CODE, "ICD-9-CM codes in a diagnosis column", true);
      }
      if (s.integers() == present && s.distinct() >= 3 && s.distinct() <= ORDINAL_MAX_LEVELS) {
        return profile(
            s, ColumnKind.ORDINAL, "whole numbers with " + s.distinct() + " values", false);
      }
      return profile(s, ColumnKind.NUMERIC, "every value is a number", false);
    }
    if (s.dates() == present) {
      return profile(s, ColumnKind.DATE, "every value is a date", false);
    }
    long codes = Math.max(s.icd9(), s.icd10());
    boolean codeName = CODE_NAME.matcher(s.name()).matches();
    if (codes >= CODE_SHARE * present && (codeName || s.distinct() > ORDINAL_MAX_LEVELS)) {
      boolean icd9 = s.icd9() >= s.icd10();
      return profile(s, ColumnKind.CODE, share(codes, present) + " shaped as ICD codes", icd9);
    }
    if (s.numbers() * 2 >= present || s.dates() * 2 >= present) {
      throw mixed(s, file);
    }
    if (s.leadingNumber() == present && s.distinct() >= 3 && s.distinct() <= 30) {
      return profile(s, ColumnKind.ORDINAL, "every value starts with a number", false);
    }
    return profile(s, ColumnKind.CATEGORICAL, s.distinct() + " text values", false);
  }

  /** A declared kind ({@code --types}). */
  public static ColumnProfile declared(ColumnStats s, ColumnKind kind, String typesFile) {
    return profile(
        s, kind, "declared in " + typesFile, kind == ColumnKind.CODE && s.icd9() >= s.icd10());
  }

  private static MedmineUserException mixed(ColumnStats s, String file) {
    boolean numbers = s.numbers() * 2 >= s.present();
    long odd = s.present() - (numbers ? s.numbers() : s.dates());
    return new MedmineUserException(
        String.format(
            Locale.ROOT,
            "Column '%s' of %s mixes %s with text (%,d of %,d values, the first '%s' on line %d):"
                + " name its missing-value token with --na, or declare the column's type with"
                + " --types.",
            s.name(),
            file,
            numbers ? "numbers" : "dates",
            odd,
            s.present(),
            s.firstText(),
            s.firstTextLine()));
  }

  private static String share(long part, long whole) {
    return String.format(Locale.ROOT, "%.0f%% of values", 100.0 * part / whole);
  }

  private static ColumnProfile profile(
      ColumnStats s, ColumnKind kind, String reason, boolean icd9) {
    return new ColumnProfile(s.name(), kind, s.missing(), s.distinct(), reason, icd9);
  }
}
