package org.medmine.quality.linkage;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the master patient index's state from the warehouse and the patients it covers: {@code
 * patient}, {@code patient_link} (the person id of each record), {@code link_model}, {@code
 * link_decision} and the highest person number of {@code mpi_person}. Writing is {@link
 * MpiWriter}'s.
 */
final class MpiTables {
  private MpiTables() {}

  /**
   * Every patient record the connection sees (through the consent views, when it is an access
   * layer's).
   */
  static List<RawPatient> patients(Connection c) throws SQLException {
    List<RawPatient> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT source, id, given_name, family_name, suffix, birth_date, sex, ssn,"
                    + " address_line, city, postal_code, phone, multiple_birth, birth_order FROM patient ORDER BY source, id")) {
      while (rs.next()) {
        Date birth = rs.getDate(6);
        Object multiple = rs.getObject(13);
        Object order = rs.getObject(14);
        out.add(
            new RawPatient(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                birth == null ? null : birth.toLocalDate(),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                (Boolean) multiple,
                order == null ? null : ((Number) order).intValue()));
      }
    }
    return out;
  }

  /** What the index knew before this run. */
  static PatientLinker.PriorIndex prior(Connection c) throws SQLException {
    Map<String, String> personOf = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT source, patient_id, cluster_id FROM patient_link")) {
      while (rs.next()) {
        personOf.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(3));
      }
    }
    long next = 1;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT max(CAST(substr(person_id, "
                    + (PersonIds.PREFIX.length() + 1)
                    + ") AS BIGINT)) FROM mpi_person")) {
      if (rs.next() && rs.getObject(1) != null) {
        next = rs.getLong(1) + 1;
      }
    }
    for (String id : personOf.values()) {
      if (id.startsWith(PersonIds.PREFIX)) {
        next = Math.max(next, Long.parseLong(id.substring(PersonIds.PREFIX.length())) + 1);
      }
    }
    return new PatientLinker.PriorIndex(personOf, model(c), decisions(c), next);
  }

  /** The reviewers' decisions, oldest first. */
  static List<LinkDecision> decisions(Connection c) throws SQLException {
    List<LinkDecision> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT source_a, patient_id_a, source_b, patient_id_b, decision, actor, note,"
                    + " decided_at FROM link_decision ORDER BY decided_at, source_a, patient_id_a, source_b, patient_id_b")) {
      while (rs.next()) {
        out.add(
            new LinkDecision(
                rs.getString(1) + "/" + rs.getString(2),
                rs.getString(3) + "/" + rs.getString(4),
                LinkDecision.Kind.parse(rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                rs.getObject(8, LocalDateTime.class)));
      }
    }
    return out;
  }

  /**
   * The stored model, or null when no full run has stored one (or de-identification dropped its
   * names).
   */
  static FellegiSunter model(Connection c) throws SQLException {
    int fields = PairComparator.FIELDS.size();
    double[][] m = new double[fields][];
    double[][] u = new double[fields][];
    for (int f = 0; f < fields; f++) {
      m[f] = new double[PairComparator.FIELDS.get(f).levels()];
      u[f] = new double[m[f].length];
    }
    Double prevalence = null;
    int seen = 0;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT field, level, m, u FROM link_model")) {
      while (rs.next()) {
        if (rs.getString(1) == null) {
          return null;
        }
        if (rs.getString(1).equals("prevalence")) {
          prevalence = rs.getDouble(3);
          continue;
        }
        int f = fieldIndex(rs.getString(1));
        int level = rs.getInt(2);
        if (f < 0 || level >= m[f].length) {
          return null;
        }
        m[f][level] = rs.getDouble(3);
        u[f][level] = rs.getDouble(4);
        seen++;
      }
    }
    int expected = PairComparator.FIELDS.stream().mapToInt(PairComparator.Field::levels).sum();
    return prevalence == null || seen != expected ? null : FellegiSunter.of(m, u, prevalence);
  }

  private static int fieldIndex(String name) {
    for (int f = 0; f < PairComparator.FIELDS.size(); f++) {
      if (PairComparator.FIELDS.get(f).name().equals(name)) {
        return f;
      }
    }
    return -1;
  }

  /** Appends one reviewer decision. */
  static void addDecision(Connection c, LinkDecision d) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO link_decision VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      String[] a = split(d.keyA());
      String[] b = split(d.keyB());
      p.setString(1, a[0]);
      p.setString(2, a[1]);
      p.setString(3, b[0]);
      p.setString(4, b[1]);
      p.setString(5, d.kind().sqlName());
      p.setString(6, d.note());
      p.setString(7, d.actor());
      p.setObject(8, d.decidedAt());
      p.executeUpdate();
    }
  }

  /** A record key split into source and id at the first slash. */
  static String[] split(String key) {
    int slash = key.indexOf('/');
    return new String[] {key.substring(0, slash), key.substring(slash + 1)};
  }
}
