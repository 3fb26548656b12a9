package org.medmine.apps.synthesis;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.medmine.warehouse.TableAppender;

/**
 * Turns synthetic patients into rows of the staging tables {@link SyntheticWarehouse} copies into
 * the clinical tables: one encounter per visit (at a drawn time of day), a condition, medication
 * request or procedure per first occurrence (at its encounter's start), an observation per lab
 * value. Organizations get new ids ({@code syn-o1}, ...) and a generic name.
 */
final class SyntheticRows {
  private final Connection c;
  private final Vocabulary vocabulary;
  private final Random random;

  SyntheticRows(Connection c, Vocabulary vocabulary, Random random) {
    this.c = c;
    this.vocabulary = vocabulary;
    this.random = random;
  }

  void append(List<PatientSampler.Drawn> patients) throws SQLException {
    Map<String, String> orgIds = organizations(patients);
    try (TableAppender pa = SyntheticWarehouse.appender(c, "patient");
        TableAppender ea = SyntheticWarehouse.appender(c, "encounter");
        TableAppender ca = SyntheticWarehouse.appender(c, "condition");
        TableAppender ma = SyntheticWarehouse.appender(c, "medication");
        TableAppender ra = SyntheticWarehouse.appender(c, "procedure");
        TableAppender oa = SyntheticWarehouse.appender(c, "observation")) {
      for (PatientSampler.Drawn d : patients) {
        PatientRecord p = d.record();
        pa.append(
            new Object[] {
              p.id(), p.sex(), p.race(), p.ethnicity(), d.birthDate().toString(), p.state(), "US"
            });
        String org = p.organization() == null ? null : orgIds.get(p.organization());
        Map<Integer, String[]> visitAt = visits(d, org, ea, oa);
        int k = 0;
        for (PatientRecord.Event e : p.events()) {
          String[] v = visitAt.get(e.ageDays());
          if (v == null) {
            continue;
          }
          String[] code = Vocabulary.parts(e.code(), 3);
          String display = vocabulary.events().get(e.code());
          String id = p.id() + "-" + code[0].charAt(0) + (++k);
          switch (code[0]) {
            case "condition" ->
                ca.append(
                    new Object[] {
                      id, p.id(), v[0], "active", code[1], code[2], display, v[1], v[1]
                    });
            case "drug" ->
                ma.append(
                    new Object[] {
                      id, p.id(), v[0], "request", "active", code[1], code[2], display, v[1]
                    });
            default ->
                ra.append(
                    new Object[] {
                      id, p.id(), v[0], "completed", code[1], code[2], display, v[1], v[2]
                    });
          }
        }
      }
    }
    try (TableAppender a = SyntheticWarehouse.appender(c, "organization")) {
      for (Map.Entry<String, String> o : orgIds.entrySet()) {
        a.append(new Object[] {o.getValue(), "Synthetic organization " + o.getValue(), null});
      }
    }
  }

  /** Writes a patient's encounters and labs; returns (encounter id, start, end) by age in days. */
  private Map<Integer, String[]> visits(
      PatientSampler.Drawn d, String org, TableAppender ea, TableAppender oa) throws SQLException {
    PatientRecord p = d.record();
    Map<Integer, String[]> out = new TreeMap<>();
    int k = 0;
    int labs = 0;
    for (PatientRecord.Visit v : p.visits()) {
      String id = p.id() + "-e" + (++k);
      LocalDate day = d.birthDate().plusDays(v.ageDays());
      int minute = 8 * 60 + random.nextInt(600);
      String start = SyntheticWarehouse.at(day, minute);
      String end = SyntheticWarehouse.at(day, minute + (int) Math.min(v.minutes(), 525_600));
      out.putIfAbsent(v.ageDays(), new String[] {id, start, end});
      String[] kind = Vocabulary.parts(v.kind(), 4);
      ea.append(
          new Object[] {
            id,
            p.id(),
            kind[0],
            kind[1],
            "finished",
            kind[2],
            kind[3],
            vocabulary.visitKinds().get(v.kind()),
            start,
            end,
            org
          });
      for (PatientRecord.Lab l : v.labs()) {
        String[] code = Vocabulary.parts(l.code(), 2);
        String[] about = vocabulary.labs().getOrDefault(l.code(), new String[3]);
        oa.append(
            new Object[] {
              p.id() + "-o" + (++labs),
              p.id(),
              id,
              about[2],
              "final",
              code[0],
              code[1],
              about[0],
              "quantity",
              Double.toString(Math.round(l.value() * 100) / 100.0),
              about[1],
              start,
              start
            });
      }
    }
    return out;
  }

  private static Map<String, String> organizations(List<PatientSampler.Drawn> patients) {
    TreeSet<String> orgs = new TreeSet<>();
    patients.stream()
        .map(d -> d.record().organization())
        .filter(java.util.Objects::nonNull)
        .forEach(orgs::add);
    Map<String, String> ids = new TreeMap<>();
    List<String> sorted = new ArrayList<>(orgs);
    for (int i = 0; i < sorted.size(); i++) {
      ids.put(sorted.get(i), "syn-o" + (i + 1));
    }
    return ids;
  }
}
