package org.medmine.ingest.table;

import java.util.Locale;
import org.medmine.model.MedmineUserException;

/**
 * What a table column holds, as {@link TypeInference} infers it or a {@code --types} file declares
 * it; the kind decides the column's encoding in a model.
 */
public enum ColumnKind {
  /** Numbers: used as they are. */
  NUMERIC,
  /**
   * Ordered levels: integers with few values, or text whose values start with a number (an age band
   * such as {@code [40-50)}); used as that number, so the order is kept.
   */
  ORDINAL,
  /** Unordered levels: one-hot when few, frequency and target encoding when many. */
  CATEGORICAL,
  /** Dates: days since 1970-01-01. */
  DATE,
  /**
   * Diagnosis codes (ICD-9-CM or ICD-10): rolled up to chapter and 3-character category, with
   * frequency and target encoding.
   */
  CODE;

  /** The kind a {@code --types} file names ({@code numeric}, {@code ordinal}, ...). */
  public static ColumnKind parse(String name, String where) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MedmineUserException(
          where
              + " names the type '"
              + name.strip()
              + "': use numeric, ordinal, categorical, date or code.",
          e);
    }
  }

  /** The name as the card and a {@code --types} file write it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
