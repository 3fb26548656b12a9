package org.medmine.quality;

import java.util.List;
import java.util.Objects;

/**
 * One data-quality check of the catalogue, in the Kahn et al. (2016) harmonized framework: a {@code
 * family} (conformance, completeness, plausibility), a subcategory, and a context (verification or
 * validation). It finds violating rows of {@code table} either by {@code sql} (selecting {@code
 * source, id}) or by a code {@code validator} applied to {@code column} of the rows matching {@code
 * where}.
 *
 * @param threshold the largest share of violating rows, in percent, with which the check still
 *     passes
 * @param fatal whether a failure of this check makes the whole verdict negative
 * @param level {@code row} (each violating row is an error) or {@code dataset} (a coverage measure)
 */
public record CheckDefinition(
    String id,
    String family,
    String subcategory,
    String context,
    String table,
    String description,
    double threshold,
    boolean fatal,
    String level,
    String sql,
    String denominator,
    String validator,
    String column,
    String where) {

  /** The check families of the Kahn framework. */
  public static final List<String> FAMILIES =
      List.of("conformance", "completeness", "plausibility");

  public CheckDefinition {
    Objects.requireNonNull(id, "check id");
    level = level == null ? "row" : level;
  }

  /** Whether violating rows are found by a code validator rather than by SQL. */
  public boolean byValidator() {
    return validator != null;
  }

  /** Whether each violating row is an error (as opposed to a dataset-level coverage measure). */
  public boolean rowLevel() {
    return "row".equals(level);
  }
}
