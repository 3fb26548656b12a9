package org.medmine.apps.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medmine.cohort.Inpatient;
import org.medmine.warehouse.WarehouseException;

/**
 * The census's SQL, in the subset DuckDB and Spark SQL share: the stays of inpatient and emergency
 * encounters ({@code encounter_location}, which HL7 v2 ADT events write), the time of the latest
 * stay start or end, and the names of the patients with a stay. Everything else is computed from
 * the stays in Java, so one reading serves every moment of the census.
 */
final class CensusQueries {
  /** An inpatient encounter ({@link Inpatient}) or an emergency one (v3 ActCode EMER). */
  static final String INPATIENT_OR_EMERGENCY =
      "(" + Inpatient.sql("e") + " OR e.class_code = 'EMER' OR e.class = 'emergency')";

  static final String STAYS =
      "SELECT l.source, l.patient_id, l.encounter_id, l.facility, l.point_of_care, l.room, l.bed,"
          + " l.location_id, l.start_time, l.end_time, l.event_code, e.class_code"
          + " FROM encounter_location l JOIN encounter e"
          + " ON e.source = l.source AND e.id = l.encounter_id"
          + " WHERE l.start_time IS NOT NULL AND "
          + INPATIENT_OR_EMERGENCY
          + " ORDER BY l.source, l.encounter_id, l.start_time, l.id";

  static final String LATEST_EVENT =
      "SELECT MAX(greatest(start_time, coalesce(end_time, start_time))) FROM encounter_location";

  static final String NAMES =
      "SELECT p.source, p.id, p.given_name, p.family_name FROM patient p WHERE EXISTS"
          + " (SELECT 1 FROM encounter_location l WHERE l.source = p.source AND l.patient_id = p.id)";

  private CensusQueries() {}

  /** Every stay of an inpatient or emergency encounter, by encounter and start. */
  static List<Stay> stays(Connection w) {
    List<Stay> stays = new ArrayList<>();
    try (PreparedStatement s = w.prepareStatement(STAYS);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        stays.add(
            new Stay(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getString(7),
                r.getString(8),
                time(r.getTimestamp(9)),
                time(r.getTimestamp(10)),
                r.getString(11),
                r.getString(12)));
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not read the encounters' stays", e);
    }
    return stays;
  }

  /** The latest time a stay began or ended, if any stay is held. */
  static Optional<LocalDateTime> latestEvent(Connection w) {
    try (PreparedStatement s = w.prepareStatement(LATEST_EVENT);
        ResultSet r = s.executeQuery()) {
      r.next();
      return Optional.ofNullable(time(r.getTimestamp(1)));
    } catch (SQLException e) {
      throw new WarehouseException("could not read the latest stay", e);
    }
  }

  /** Each patient with a stay: the key (source, id) to "Given Family". */
  static Map<String, String> names(Connection w) {
    Map<String, String> names = new HashMap<>();
    try (PreparedStatement s = w.prepareStatement(NAMES);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        String given = r.getString(3);
        String family = r.getString(4);
        String name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        names.put(r.getString(1) + "\u0000" + r.getString(2), name.isEmpty() ? null : name);
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not read the patients' names", e);
    }
    return names;
  }

  private static LocalDateTime time(Timestamp t) {
    return t == null ? null : t.toLocalDateTime();
  }
}
