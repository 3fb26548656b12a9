package org.medmine.bench.hl7v2;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.medmine.apps.operations.CensusApp;
import org.medmine.apps.operations.CensusOptions;
import org.medmine.apps.operations.CensusResult;
import org.medmine.context.AnalysisContext;
import org.medmine.context.ContextRequest;
import org.medmine.warehouse.Warehouse;

/**
 * The load bench's end check: the census medmine's {@link CensusApp} computes from the warehouse
 * the listener filled, against the census the feed's own bookkeeping expects ({@link
 * LoadFeed#census}: every patient not discharged lies in the second ward bed the feed last sent
 * them to). It compares who is in which bed, each unit's patients and occupied beds, the departures
 * of the last 24 hours, the length of stay so far, the boarding episodes, and that every message
 * was stored once. Throws on the first difference.
 */
final class CensusCheck {
  private CensusCheck() {}

  /** Checks the warehouse {@code file} (closed by the listener) against {@code patients}' feed. */
  static String check(Path file, int patients) throws SQLException {
    long messages = storedOnce(file, patients);
    Map<String, String> expected = LoadFeed.census(patients);
    CensusResult census;
    try (AnalysisContext c = AnalysisContext.open(ContextRequest.of(file).withAction("bench"))) {
      census = c.run(new CensusApp(), CensusOptions.DEFAULTS);
    }
    Map<String, String> actual = new HashMap<>();
    for (Map<String, Object> p : census.patientRows()) {
      String at =
          p.get("unit") + "^" + p.get("room") + "^" + p.get("bed") + "^" + p.get("facility");
      require(actual.put((String) p.get("patient"), at) == null, "a patient is in two beds");
      require(Objects.equals(p.get("lengthOfStayHours"), 48.0), "length of stay " + p);
    }
    require(
        actual.equals(expected),
        "census differs: " + expected.size() + " expected, " + actual.size() + " in beds");
    Set<String> beds = new HashSet<>(expected.values());
    units(census.unitRows(), expected.size(), beds.size());
    int discharged = patients - expected.size();
    require(
        census.departures(24) == discharged,
        census.departures(24) + " departures, " + discharged + " sent");
    Map<String, Object> boarding = census.boardingSummary();
    require(
        Objects.equals(boarding.get("count"), patients)
            && Objects.equals(boarding.get("max"), 0.0)
            && Objects.equals(boarding.get("boardingNow"), 0L),
        "boarding " + boarding);
    return String.format(
        Locale.ROOT,
        "consistent (census app at %s): %d patients in beds, each where the feed last put them;"
            + " 5W %d patients in %d beds, 4E and ED empty; %d departures in 24 h; %d boarding"
            + " episodes of 0 h (admitted and moved out of the ED by one A01); %d messages stored once each",
        census.asOf(),
        actual.size(),
        expected.size(),
        beds.size(),
        discharged,
        patients,
        messages);
  }

  private static void units(List<Map<String, Object>> units, int inWard, int beds) {
    for (Map<String, Object> u : units) {
      boolean ward = "5W".equals(u.get("unit"));
      require(
          Objects.equals(u.get("patients"), ward ? inWard : 0)
              && Objects.equals(u.get("occupiedBeds"), ward ? beds : 0),
          "unit " + u);
    }
    require(units.size() == 3, "units " + units);
  }

  private static long storedOnce(Path file, int patients) throws SQLException {
    try (Warehouse w = Warehouse.open(file);
        Statement s = w.connection().createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*), count(DISTINCT control_id) FROM hl7v2_message WHERE status = 'stored'")) {
      rs.next();
      long messages = rs.getLong(1);
      require(
          messages == LoadFeed.total(patients) && rs.getLong(2) == messages,
          messages + " messages stored, " + LoadFeed.total(patients) + " sent");
      return messages;
    }
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException(what);
    }
  }
}
