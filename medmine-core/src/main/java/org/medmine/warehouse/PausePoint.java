package org.medmine.warehouse;

/**
 * Named points of an ingest run where a crash-safety test can stop it: when {@link #wanted()} names
 * the point a run reaches ({@code file-3}: about to read its fourth file; {@code merge}: every file
 * staged, about to merge; {@code commit}: merged, about to commit; {@code committed}: committed,
 * not yet checkpointed or closed), the run says so on standard error ({@code medmine: paused at
 * merge}) and waits there to be killed. With {@code announce} it says so at every point and carries
 * on. {@link #NONE}, the default, never pauses.
 *
 * <p>Core reads no system property (shared/DESIGN.md): the command line reads {@value #PROPERTY}
 * (which the crash tests set on the child JVM) and passes the point in with the ingest options.
 *
 * @param wanted the point to pause at, {@code announce}, or null for none
 */
public record PausePoint(String wanted) {
  /**
   * The system property the command line reads the point from (a test seam, not a user setting).
   */
  public static final String PROPERTY = "medmine.test.pause";

  /** Never pauses. */
  public static final PausePoint NONE = new PausePoint(null);

  /** The pause point named by {@code wanted} (a property's value; null or blank: {@link #NONE}). */
  public static PausePoint of(String wanted) {
    return wanted == null || wanted.isBlank() ? NONE : new PausePoint(wanted.strip());
  }

  /** Marks that the run has reached {@code point}; pauses for good if this names it. */
  public void reach(String point) {
    if (wanted == null) {
      return;
    }
    if ("announce".equals(wanted)) {
      System.err.println("medmine: reached " + point);
      System.err.flush();
    } else if (wanted.equals(point)) {
      System.err.println("medmine: paused at " + point);
      System.err.flush();
      while (!Thread.currentThread().isInterrupted()) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
