package org.medmine.model;

import java.util.List;

/**
 * Tells disorders from findings by the SNOMED CT semantic tag, the word in parentheses that ends a
 * concept's fully specified name (SNOMED CT Editorial Guide, "Semantic Tags"): "Gingivitis
 * (disorder)", "Stress (finding)", "Medication review due (situation)". Synthea records social
 * history (employment, stress, social isolation) and care situations as conditions with the tags
 * {@code (finding)} and {@code (situation)}; in a small population they outnumber the disorders, so
 * summaries of conditions show disorders by default and take findings only when asked. A display
 * without a tag (an ICD-10 code, an older Synthea concept such as "Prediabetes") is not a finding.
 */
public final class SnomedSemanticTag {
  /** The semantic tags counted as findings rather than disorders. */
  public static final List<String> FINDINGS = List.of("finding", "situation");

  private SnomedSemanticTag() {}

  /** True when {@code display} ends with a finding's semantic tag. */
  public static boolean isFinding(String display) {
    if (display == null) {
      return false;
    }
    String d = display.strip();
    return FINDINGS.stream().anyMatch(tag -> d.endsWith("(" + tag + ")"));
  }

  /**
   * A SQL condition, in the subset DuckDB and Spark SQL share, that holds for rows whose {@code
   * displayColumn} is not a finding: the same rule as {@link #isFinding}.
   */
  public static String notFindingSql(String displayColumn) {
    StringBuilder sql = new StringBuilder("(" + displayColumn + " IS NULL");
    String and = " OR (";
    for (String tag : FINDINGS) {
      sql.append(and)
          .append("trim(")
          .append(displayColumn)
          .append(") NOT LIKE '%(")
          .append(tag)
          .append(")'");
      and = " AND ";
    }
    return sql.append("))").toString();
  }
}
