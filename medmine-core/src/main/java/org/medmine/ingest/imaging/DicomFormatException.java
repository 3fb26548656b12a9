package org.medmine.ingest.imaging;

/** A file that is not a DICOM Part 10 file medmine can read; the message says why. */
public final class DicomFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DicomFormatException(String message) {
    super(message);
  }
}
