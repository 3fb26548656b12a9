package org.medmine.apps.synthesis;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.model.MedmineUserException;

/**
 * Reads a warehouse's patients as {@link PatientRecord}s through the context's consent-filtered
 * connection: demographics, first occurrences of condition, drug and procedure codes, encounters
 * and their numeric observations. Patients without a birth date are left out (no age, no timing).
 *
 * @param patients the patients, by id
 * @param vocabulary what their codes mean
 * @param endOfData the day of the last encounter, the synthetic timelines' end
 */
record RealRecords(List<PatientRecord> patients, Vocabulary vocabulary, LocalDate endOfData) {
  private static final String EVENTS =
      "SELECT source || '/' || patient_id AS p, kind, code_system, code, any_value(code_display),"
          + " min(t), arg_min(source || '/' || encounter_id, t) FROM ("
          + "SELECT source, patient_id, 'condition' AS kind, code_system, code, code_display,"
          + " onset_time AS t, encounter_id FROM condition UNION ALL"
          + " SELECT source, patient_id, 'drug', code_system, code, code_display, start_time,"
          + " encounter_id FROM medication UNION ALL"
          + " SELECT source, patient_id, 'procedure', code_system, code, code_display, start_time,"
          + " encounter_id FROM procedure) e WHERE t IS NOT NULL AND code IS NOT NULL"
          + " GROUP BY 1, 2, 3, 4 ORDER BY 1, 6, 2, 3, 4";
  private static final String VISITS =
      "SELECT source || '/' || patient_id, source || '/' || id, class_code, class, code_system,"
          + " code, code_display, start_time, end_time, organization_id FROM encounter"
          + " WHERE start_time IS NOT NULL ORDER BY 1, start_time, 2";
  private static final String LABS =
      "SELECT source || '/' || encounter_id, code_system, code, any_value(code_display),"
          + " any_value(value_unit), any_value(category), value_number FROM observation"
          + " WHERE value_number IS NOT NULL AND code IS NOT NULL AND encounter_id IS NOT NULL"
          + " GROUP BY source, encounter_id, code_system, code, id, value_number ORDER BY 1, 3, 7";

  /** Reads the records of every patient with a birth date. */
  static RealRecords read(Connection c) {
    try (Statement s = c.createStatement()) {
      Vocabulary vocabulary = Vocabulary.empty();
      Map<String, LocalDate> births = new LinkedHashMap<>();
      Map<String, String[]> demographics = new LinkedHashMap<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT source || '/' || id, sex, race, ethnicity, birth_date, state FROM patient"
                  + " WHERE birth_date IS NOT NULL ORDER BY 1")) {
        while (rs.next()) {
          births.put(rs.getString(1), rs.getObject(5, LocalDate.class));
          demographics.put(
              rs.getString(1),
              new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(6)});
        }
      }
      Map<String, List<PatientRecord.Lab>> labs = labs(s, vocabulary);
      Map<String, String> visitKinds = new HashMap<>();
      Map<String, List<PatientRecord.Visit>> visits = new HashMap<>();
      Map<String, String> organizations = new HashMap<>();
      LocalDate end = visits(s, births, labs, vocabulary, visitKinds, visits, organizations);
      if (births.isEmpty() || end == null) {
        throw new MedmineUserException(
            "The warehouse has no patients with a birth date and encounters to learn from: ingest"
                + " data first.");
      }
      Map<String, List<PatientRecord.Event>> events = events(s, births, vocabulary, visitKinds);
      List<PatientRecord> patients = new ArrayList<>();
      for (Map.Entry<String, String[]> d : demographics.entrySet()) {
        String id = d.getKey();
        String[] v = d.getValue();
        patients.add(
            new PatientRecord(
                id,
                v[0],
                v[1],
                v[2],
                births.get(id).getYear(),
                v[3],
                organizations.get(id),
                events.getOrDefault(id, List.of()),
                visits.getOrDefault(id, List.of())));
      }
      return new RealRecords(patients, vocabulary, end);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not read the warehouse's patients: " + e.getMessage(), e);
    }
  }

  private static Map<String, List<PatientRecord.Lab>> labs(Statement s, Vocabulary vocabulary)
      throws SQLException {
    Map<String, List<PatientRecord.Lab>> out = new HashMap<>();
    try (ResultSet rs = s.executeQuery(LABS)) {
      while (rs.next()) {
        String code = Vocabulary.key(rs.getString(2), rs.getString(3));
        vocabulary
            .labs()
            .putIfAbsent(code, new String[] {rs.getString(4), rs.getString(5), rs.getString(6)});
        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(new PatientRecord.Lab(code, rs.getDouble(7)));
      }
    }
    return out;
  }

  /** Reads the encounters; returns the day of the last one. */
  private static LocalDate visits(
      Statement s,
      Map<String, LocalDate> births,
      Map<String, List<PatientRecord.Lab>> labs,
      Vocabulary vocabulary,
      Map<String, String> kinds,
      Map<String, List<PatientRecord.Visit>> visits,
      Map<String, String> organizations)
      throws SQLException {
    LocalDate end = null;
    Map<String, Map<String, Integer>> orgCounts = new HashMap<>();
    try (ResultSet rs = s.executeQuery(VISITS)) {
      while (rs.next()) {
        String patient = rs.getString(1);
        LocalDate birth = births.get(patient);
        if (birth == null) {
          continue;
        }
        String kind =
            Vocabulary.key(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
        vocabulary.visitKinds().putIfAbsent(kind, rs.getString(7));
        kinds.put(rs.getString(2), kind);
        Timestamp start = rs.getTimestamp(8);
        Timestamp stop = rs.getTimestamp(9);
        long minutes = stop == null ? 0 : Math.max(0, (stop.getTime() - start.getTime()) / 60_000);
        LocalDate day = start.toLocalDateTime().toLocalDate();
        end = end == null || day.isAfter(end) ? day : end;
        int age = (int) ChronoUnit.DAYS.between(birth, day);
        visits
            .computeIfAbsent(patient, k -> new ArrayList<>())
            .add(
                new PatientRecord.Visit(
                    kind, age, minutes, labs.getOrDefault(rs.getString(2), List.of())));
        if (rs.getString(10) != null) {
          orgCounts
              .computeIfAbsent(patient, k -> new java.util.TreeMap<>())
              .merge(rs.getString(10), 1, Integer::sum);
        }
      }
    }
    orgCounts.forEach(
        (p, counts) ->
            organizations.put(
                p, counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey()));
    return end;
  }

  private static Map<String, List<PatientRecord.Event>> events(
      Statement s, Map<String, LocalDate> births, Vocabulary vocabulary, Map<String, String> kinds)
      throws SQLException {
    Map<String, List<PatientRecord.Event>> out = new HashMap<>();
    try (ResultSet rs = s.executeQuery(EVENTS)) {
      while (rs.next()) {
        LocalDate birth = births.get(rs.getString(1));
        if (birth == null) {
          continue;
        }
        String code = Vocabulary.key(rs.getString(2), rs.getString(3), rs.getString(4));
        vocabulary.events().putIfAbsent(code, rs.getString(5));
        int age =
            (int)
                ChronoUnit.DAYS.between(birth, rs.getTimestamp(6).toLocalDateTime().toLocalDate());
        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(new PatientRecord.Event(code, Math.max(0, age), kinds.get(rs.getString(7))));
      }
    }
    return out;
  }
}
