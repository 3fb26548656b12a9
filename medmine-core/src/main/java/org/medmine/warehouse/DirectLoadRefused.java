package org.medmine.warehouse;

/**
 * Raised by {@link WarehouseLoader#finish} when a run appended straight into the tables (a source's
 * first load) holds what only the staged load handles: a reference to a patient or encounter that
 * exists nowhere. The run has been rolled back; the caller reads the input again with a loader that
 * stages ({@code allowDirect} false), which quarantines each dangling record whole, with its file,
 * position and raw text.
 */
public final class DirectLoadRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DirectLoadRefused(String reason) {
    super("the run cannot be loaded directly: " + reason);
  }
}
