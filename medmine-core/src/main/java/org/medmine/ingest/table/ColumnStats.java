package org.medmine.ingest.table;

/**
 * What one scan of the table says about a column, the input of {@link TypeInference}: counts of
 * values that read as numbers, integers, dates, ICD codes or text starting with a number, after
 * missing-value tokens are taken out.
 *
 * @param name the column
 * @param rows rows in the table
 * @param missing rows where the column is empty or a missing-value token
 * @param distinct distinct present values
 * @param numbers present values that read as numbers
 * @param integers present values that read as whole numbers
 * @param dates present values that read as dates (YYYY-MM-DD)
 * @param icd10 present values shaped as ICD-10 codes
 * @param icd9 present values shaped as ICD-9-CM codes
 * @param leadingNumber present values that start with a number (after a bracket or sign)
 * @param firstText the first present value that is not a number, or null
 * @param firstTextLine its line in the file (the header is line 1), or 0
 */
public record ColumnStats(
    String name,
    long rows,
    long missing,
    long distinct,
    long numbers,
    long integers,
    long dates,
    long icd10,
    long icd9,
    long leadingNumber,
    String firstText,
    long firstTextLine) {

  /** Rows where the column has a value. */
  public long present() {
    return rows - missing;
  }
}
