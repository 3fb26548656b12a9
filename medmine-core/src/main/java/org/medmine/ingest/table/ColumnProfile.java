package org.medmine.ingest.table;

/**
 * A column's kind and why: what the card lists for every column.
 *
 * @param name the column
 * @param kind what it holds
 * @param missing rows without a value (empty or a missing-value token)
 * @param distinct distinct present values
 * @param reason why the kind was chosen ("declared in FILE", "every value is a number", ...)
 * @param icd9 for a code column, whether its codes are ICD-9-CM (else ICD-10)
 */
public record ColumnProfile(
    String name, ColumnKind kind, long missing, long distinct, String reason, boolean icd9) {}
