package org.medmine.privacy;

/**
 * An identifier found in a de-identified warehouse.
 *
 * @param table the table
 * @param column the column
 * @param rowId the id of a row holding it (the first, when several rows share the value), or null
 * @param kind what was found (e.g. {@code SSN}, {@code source NAME}, {@code DATE precision})
 * @param evidence the value, masked after its first two characters
 */
public record Leak(String table, String column, String rowId, String kind, String evidence) {
  static String mask(String s) {
    if (s == null) {
      return "";
    }
    String v = s.length() > 40 ? s.substring(0, 40) : s;
    return v.length() <= 2 ? v : v.substring(0, 2) + "*".repeat(v.length() - 2);
  }
}
