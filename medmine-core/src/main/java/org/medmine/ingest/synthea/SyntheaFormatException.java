package org.medmine.ingest.synthea;

/**
 * A Synthea CSV line that cannot be stored (bad date, bad number, missing key); the line is
 * quarantined.
 */
final class SyntheaFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SyntheaFormatException(String message) {
    super(message);
  }
}
