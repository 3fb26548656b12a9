package org.medmine.quality.linkage;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes one linkage run into the warehouse in one transaction: the person id of every record
 * clustered again ({@code patient_link}), their review pairs ({@code link_review}), the golden
 * record of every person they form and the retirement of ids merged away ({@code mpi_person}), and
 * after a full run the model ({@code link_model}). Rows of records the run did not touch stay as
 * they were; source rows never change.
 */
final class MpiWriter {
  private final Connection c;
  private final String run;
  private final LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);

  MpiWriter(Connection c, String run) {
    this.c = c;
    this.run = run;
  }

  void write(PatientLinker.Result r, List<RawPatient> raw) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TEMP TABLE IF NOT EXISTS relinked (source VARCHAR, patient_id VARCHAR)");
      s.execute("DELETE FROM relinked");
      insertKeys(r.full() ? r.clusterOf().keySet() : r.region());
      s.execute(
          "DELETE FROM patient_link WHERE (source, patient_id) IN (SELECT source, patient_id FROM relinked)");
      s.execute(
          "DELETE FROM link_review WHERE (source_a, patient_id_a) IN (SELECT source, patient_id FROM relinked)"
              + " OR (source_b, patient_id_b) IN (SELECT source, patient_id FROM relinked)");
      Set<String> persons = new TreeSet<>();
      for (String key : r.region()) {
        persons.add(r.clusterOf().get(key));
      }
      writeLinks(r);
      writeReview(r);
      writePersons(r, raw, persons);
      if (r.full()) {
        writeModel(r.model());
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  private void insertKeys(Set<String> keys) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO relinked VALUES (?, ?)")) {
      for (String key : keys) {
        String[] k = MpiTables.split(key);
        p.setString(1, k[0]);
        p.setString(2, k[1]);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void writeLinks(PatientLinker.Result r) throws SQLException {
    Map<String, Integer> sizes = new HashMap<>();
    r.clusterOf().values().forEach(id -> sizes.merge(id, 1, Integer::sum));
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO patient_link VALUES (?, ?, ?, ?, ?, ?)")) {
      for (String key : r.full() ? r.clusterOf().keySet() : r.region()) {
        String[] k = MpiTables.split(key);
        String id = r.clusterOf().get(key);
        p.setString(1, k[0]);
        p.setString(2, k[1]);
        p.setString(3, id);
        p.setInt(4, sizes.get(id));
        p.setString(5, run);
        p.setObject(6, now);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void writeReview(PatientLinker.Result r) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO link_review VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (ScoredPair sp : r.review()) {
        p.setString(1, sp.a().source());
        p.setString(2, sp.a().id());
        p.setString(3, sp.b().source());
        p.setString(4, sp.b().id());
        p.setDouble(5, sp.probability());
        p.setDouble(6, sp.weight());
        p.setString(7, PairComparator.describe(sp.levels()));
        p.setString(8, run);
        p.setString(
            9,
            sp.forbidden()
                ? sp.disagreements().get(0).name().toLowerCase(java.util.Locale.ROOT)
                : null);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void writePersons(PatientLinker.Result r, List<RawPatient> raw, Set<String> persons)
      throws SQLException {
    Map<String, List<RawPatient>> members = new TreeMap<>();
    for (RawPatient p : raw) {
      String id = r.clusterOf().get(p.key());
      if (id != null && persons.contains(id)) {
        members.computeIfAbsent(id, k -> new ArrayList<>()).add(p);
      }
    }
    Set<String> touched = new TreeSet<>(members.keySet());
    touched.addAll(r.retired().keySet());
    try (PreparedStatement d = c.prepareStatement("DELETE FROM mpi_person WHERE person_id = ?")) {
      for (String id : touched) {
        d.setString(1, id);
        d.addBatch();
      }
      d.executeBatch();
    }
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO mpi_person VALUES (" + "?, ".repeat(25) + "?)")) {
      for (var e : members.entrySet()) {
        golden(p, GoldenRecord.of(e.getKey(), e.getValue()));
        p.addBatch();
      }
      for (var e : r.retired().entrySet()) {
        retired(p, e.getKey(), e.getValue());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private void golden(PreparedStatement p, GoldenRecord g) throws SQLException {
    Object[] values = {
      g.personId(),
      "active",
      null,
      g.records(),
      g.given().value(),
      g.given().record(),
      g.family().value(),
      g.family().record(),
      g.suffix().value(),
      g.suffix().record(),
      g.birthDate().value() == null ? null : Date.valueOf(g.birthDate().value()),
      g.birthDate().record(),
      g.sex().value(),
      g.sex().record(),
      g.ssn().value(),
      g.ssn().record(),
      g.address().value() == null ? null : g.address().value().line(),
      g.address().value() == null ? null : g.address().value().city(),
      g.address().value() == null ? null : g.address().value().postalCode(),
      g.address().record(),
      g.phone().value(),
      g.phone().record(),
      g.multipleBirth(),
      g.birthOrder(),
      now,
      run
    };
    for (int i = 0; i < values.length; i++) {
      p.setObject(i + 1, values[i]);
    }
  }

  private void retired(PreparedStatement p, String id, String into) throws SQLException {
    for (int i = 1; i <= 26; i++) {
      p.setObject(i, null);
    }
    p.setString(1, id);
    p.setString(2, "merged");
    p.setString(3, into);
    p.setInt(4, 0);
    p.setObject(25, now);
    p.setString(26, run);
  }

  private void writeModel(FellegiSunter model) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM link_model");
    }
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO link_model VALUES (?, ?, ?, ?, ?)")) {
      for (int f = 0; f < PairComparator.FIELDS.size(); f++) {
        for (int l = 0; l < model.m()[f].length; l++) {
          p.setString(1, PairComparator.FIELDS.get(f).name());
          p.setInt(2, l);
          p.setDouble(3, model.m()[f][l]);
          p.setDouble(4, model.u()[f][l]);
          p.setString(5, run);
          p.addBatch();
        }
      }
      p.setString(1, "prevalence");
      p.setInt(2, 0);
      p.setDouble(3, model.prevalence());
      p.setDouble(4, 1 - model.prevalence());
      p.setString(5, run);
      p.addBatch();
      p.executeBatch();
    }
  }
}
