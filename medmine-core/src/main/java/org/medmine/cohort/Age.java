package org.medmine.cohort;

import java.time.LocalDate;
import java.time.Period;

/**
 * A patient's age: completed years at a date (the birthday counts from its day on; someone born on
 * 29 February turns a year older on 1 March in common years). The one definition every app uses, in
 * SQL through the named function {@code mm_age_years} ({@link EngineFunctions}) and in Java through
 * {@link #years}, which agree.
 */
public final class Age {
  private Age() {}

  /** Completed years at {@code at} of someone born on {@code birth}. */
  public static int years(LocalDate birth, LocalDate at) {
    return Period.between(birth, at).getYears();
  }

  /**
   * The SQL expression of the age at {@code atExpr} (a date or timestamp) of someone born on {@code
   * birthExpr}.
   */
  public static String sql(String birthExpr, String atExpr) {
    return "mm_age_years(" + birthExpr + ", " + atExpr + ")";
  }
}
