package org.medmine.warehouse;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.LinkedHashMap;
import org.medmine.model.Table;

/**
 * Holds a run's latest observation rows back from the appender for a while, so that the panel a
 * DiagnosticReport gives them ({@code DiagnosticReport.result} lists them, in Synthea's bundles
 * fewer than 200 entries after them) is set before they are appended rather than by an {@code
 * UPDATE} after the run, which costs DuckDB a join, a rewrite of the observation rows and a larger
 * commit.
 *
 * <p>The window is bounded ({@link #CAPACITY} rows), and rows leave it in the order they came, so
 * the observation table receives its rows in read order (which the last-one-wins of a repeated id
 * relies on). Every panel row is still staged, marked {@code _applied} when its observation was in
 * the window; the {@code UPDATE} of {@link #applyRemaining} then covers only the observations that
 * one or more panel rows could not reach, with the same rule as before (of several panels, the one
 * with the smallest id).
 */
final class PanelWindow {
  /** Observation rows held back at most. */
  static final int CAPACITY = 512;

  /** Where rows go when they leave the window. */
  interface Target {
    void append(RecordOrigin origin, String resourceType, Row row) throws SQLException;
  }

  private record Held(RecordOrigin origin, String resourceType, Row row) {}

  private final LinkedHashMap<String, Held> held = new LinkedHashMap<>();
  private final Target target;
  private long unapplied;

  PanelWindow(Target target) {
    this.target = target;
  }

  /** Holds an observation row; the oldest held row is appended when the window is full. */
  void hold(RecordOrigin origin, String resourceType, Row row) throws SQLException {
    if (!(row.get("id") instanceof String id) || held.containsKey(id)) {
      // a repeated id: let everything before it go first, so that the table keeps the read order
      flush();
      if (!(row.get("id") instanceof String)) {
        target.append(origin, resourceType, row);
        return;
      }
    }
    held.put((String) row.get("id"), new Held(origin, resourceType, row));
    if (held.size() > CAPACITY) {
      Iterator<Held> oldest = held.values().iterator();
      Held h = oldest.next();
      oldest.remove();
      target.append(h.origin(), h.resourceType(), h.row());
    }
  }

  /**
   * Sets a panel row's panel on its observation when that is held, and marks the panel row {@code
   * _applied}.
   */
  void apply(Row panel) {
    Held h = held.get(panel.get("observation_id"));
    if (h != null && panel.get("id") instanceof String panelId) {
      if (!(h.row().get("panel_id") instanceof String current) || panelId.compareTo(current) < 0) {
        h.row().set("panel_id", panelId);
        put(h.row(), "panel_code", panel.get("panel_code"));
        put(h.row(), "panel_display", panel.get("panel_display"));
      }
      panel.set("_applied", true);
    } else {
      unapplied++;
      panel.set("_applied", false);
    }
  }

  private static void put(Row row, String column, Object value) {
    if (value == null) {
      row.values().remove(column);
    } else {
      row.set(column, value);
    }
  }

  /** Appends every held row, oldest first. */
  void flush() throws SQLException {
    for (Held h : held.values()) {
      target.append(h.origin(), h.resourceType(), h.row());
    }
    held.clear();
  }

  /**
   * Sets the panels the window could not: for the observations named by a panel row not applied, or
   * for every observation named when {@code all} (a load that replaces rows, or that read an
   * observation id twice).
   */
  void applyRemaining(Statement s, boolean all) throws SQLException {
    if (!all && unapplied == 0) {
      return;
    }
    String stage = WarehouseLoader.STAGE_PREFIX + Table.OBSERVATION_PANEL.sqlName();
    String only =
        all
            ? ""
            : " WHERE observation_id IN (SELECT observation_id FROM "
                + stage
                + " WHERE NOT _applied)";
    s.execute(
        "UPDATE observation o SET panel_id = p.id, panel_code = p.panel_code, panel_display = p.panel_display"
            + " FROM (SELECT * FROM "
            + stage
            + only
            + " QUALIFY row_number() OVER (PARTITION BY observation_id ORDER BY id) = 1) p"
            + " WHERE o.source = p.source AND o.id = p.observation_id");
  }
}
