package org.medmine.warehouse;

/** An internal failure of the warehouse (not the user's to fix): exit code 1 and a log entry. */
public class WarehouseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WarehouseException(String message, Throwable cause) {
    super(message + ": " + cause.getMessage(), cause);
  }
}
