package org.medmine.warehouse;

/**
 * Named points of an ingest run where a crash-safety test can stop it: when the system property
 * {@value #PROPERTY} names the point a run reaches ({@code file-3}: about to read its fourth file;
 * {@code merge}: every file staged, about to merge; {@code commit}: merged, about to commit;
 * {@code committed}: committed, not yet checkpointed or closed), the run says so on standard error
 * ({@code medmine: paused at merge}) and waits there to be killed. With the property set to {@code announce}
 * it says so at every point and carries on. Outside such tests the property is unset and a point costs one
 * property lookup.
 */
public final class PausePoint {
  /** The system property that names the point to pause at, or {@code announce}. */
  public static final String PROPERTY = "medmine.test.pause";

  private PausePoint() {}

  /** Marks that the run has reached {@code point}; pauses for good if the property names it. */
  public static void reach(String point) {
    String wanted = System.getProperty(PROPERTY);
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
