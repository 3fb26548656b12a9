package org.medmine.privacy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.medmine.cohort.Age;

/**
 * The SQL expression that de-identifies one column of a row {@code t} of the attached source, under
 * a policy. Pseudonyms, date shifts and scrubbed text come from the temporary tables {@code idmap},
 * {@code shiftmap} and {@code textmap} that {@link Deidentifier} loads first; {@code oldmap} holds
 * the source, id and true birth date of every patient aged over 89 at the reference date.
 *
 * <p>Ages over 89 (§164.514(b)(2)(i)(C): "all elements of dates (including year) indicative of such
 * age" are aggregated into one category of 90 or older), under Safe Harbor and shifted: the birth
 * date of a patient aged over 89 at the reference date (death, else the as-of date) becomes January
 * 1 of the as-of year minus 90, the one "90 or older" category (the same value for every such
 * patient, whether living or dead); and EVERY other date of that patient's rows in every table
 * (encounters, observations, their death) is removed (NULL), whatever their age then. One rule for
 * all of the patient's dates: removing only the dates at which they were 90 or older would keep the
 * earlier ones, and the last kept year (or the first removed one) would reveal the year they turned
 * 90, hence their birth year (issue 29).
 */
final class DeidSql {
  private final DeidPolicy policy;
  private final LocalDate asOf;
  private final String table;
  private final Map<String, String> types;
  private final Set<String> columns;

  /**
   * @param types the table's columns and their SQL types
   */
  DeidSql(DeidPolicy policy, LocalDate asOf, String table, Map<String, String> types) {
    this.policy = policy;
    this.asOf = asOf;
    this.table = table;
    this.types = types;
    this.columns = types.keySet();
  }

  String expression(String column, ColumnTreatment treatment) {
    String col = "t." + column;
    return switch (treatment) {
      case KEEP -> col;
      case DROP -> "NULL";
      case PSEUDONYM -> "(SELECT p FROM idmap WHERE o = CAST(" + col + " AS VARCHAR))";
      case ZIP ->
          policy == DeidPolicy.LIMITED_DATA_SET
              ? col
              : "CASE WHEN "
                  + col
                  + " IS NULL THEN NULL WHEN "
                  + restrictedZipCondition(col)
                  + " THEN '000' ELSE "
                  + digits(col)
                  + "[1:3] END";
      case GEOGRAPHY -> policy == DeidPolicy.LIMITED_DATA_SET ? col : "NULL";
      case SCRUB ->
          "(SELECT v FROM textmap WHERE textmap.t = '"
              + table
              + "' AND textmap.c = '"
              + column
              + "' AND textmap.s = t.source AND textmap.i = t.id)";
      case DATE -> date(col);
      case BIRTH_DATE -> birthDate(col);
    };
  }

  /** The shifted or year-truncated date, removed for a patient aged over 89; keeps its SQL type. */
  private String date(String col) {
    String date =
        switch (policy) {
          case LIMITED_DATA_SET -> col;
          case SAFE_HARBOR -> yearOf(col);
          case SHIFTED -> patientKey() == null ? yearOf(col) : shifted(col);
        };
    if (policy == DeidPolicy.LIMITED_DATA_SET || patientKey() == null) {
      return date;
    }
    return "CASE WHEN EXISTS (SELECT 1 FROM oldmap WHERE oldmap.o = "
        + patientKey()
        + (columns.contains("source") ? " AND oldmap.s = t.source" : "")
        + ") THEN NULL ELSE "
        + date
        + " END";
  }

  private String birthDate(String col) {
    if (policy == DeidPolicy.LIMITED_DATA_SET) {
      return col;
    }
    String shiftedBirth = policy == DeidPolicy.SHIFTED && patientKey() != null ? shifted(col) : col;
    String reference = "coalesce(CAST(t.death_time AS DATE), DATE '" + asOf + "')";
    if (!columns.contains("death_time")) {
      reference = "DATE '" + asOf + "'";
    }
    // Ages over 89 are one category, 90 or older (§164.514(b)(2)(i)(C)): such a patient's birth
    // date
    // becomes January 1 of the as-of year minus 90 (not the death year: that would reveal the death
    // date).
    return "CASE WHEN "
        + col
        + " IS NULL THEN NULL WHEN "
        + Age.sql(col, reference)
        + " > 89"
        + " THEN "
        + ninetyOrOlder(asOf)
        + " ELSE "
        + (policy == DeidPolicy.SHIFTED ? "CAST(" + shiftedBirth + " AS DATE)" : yearOf(col))
        + " END";
  }

  /** The SQL birth date that stands for the category "90 or older" at {@code asOf}. */
  static String ninetyOrOlder(LocalDate asOf) {
    return "DATE '" + LocalDate.of(asOf.getYear() - 90, 1, 1) + "'";
  }

  private String yearOf(String col) {
    return "CAST(date_trunc('year', " + col + ") AS " + typeOf(col) + ")";
  }

  private String shifted(String col) {
    return "CAST("
        + col
        + " + to_days((SELECT d FROM shiftmap WHERE o = "
        + patientKey()
        + ")) AS "
        + typeOf(col)
        + ")";
  }

  /** The column that names the row's patient, or null for tables without patients. */
  private String patientKey() {
    if (table.equals("patient")) {
      return "t.id";
    }
    return columns.contains("patient_id") ? "t.patient_id" : null;
  }

  /** The SQL type of a column ({@code t.name}): a date expression casts back to it. */
  private String typeOf(String col) {
    return types.get(col.substring(2));
  }

  private static String digits(String col) {
    return "regexp_replace(" + col + ", '[^0-9]', '', 'g')";
  }

  static String restrictedZipCondition(String col) {
    String list =
        RestrictedZip3.codes().stream()
            .sorted()
            .map(z -> "'" + z + "'")
            .collect(Collectors.joining(", "));
    return "(length(" + digits(col) + ") < 3 OR " + digits(col) + "[1:3] IN (" + list + "))";
  }
}
