package org.medmine.ingest.synthea;

/**
 * The DuckDB-native CSV path met input it does not read the way the Java reader does (a blank line,
 * a line break inside a quoted field, bytes that are not UTF-8, an unterminated quote, a duplicated
 * column, ...): the run is rolled back and read again by {@link SyntheaCsvReader}, whose handling
 * of bad input is the reference.
 */
public final class NativeCsvRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NativeCsvRefused(String message, Throwable cause) {
    super(message, cause);
  }
}
