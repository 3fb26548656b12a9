package org.medmine.apps.cohorts;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.cohort.Age;
import org.medmine.cohort.CohortDefinition;
import org.medmine.cohort.DataEnd;
import org.medmine.cohort.EventCriterion;
import org.medmine.cohort.InclusionRule;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.warehouse.WarehouseException;

/**
 * {@code cohort prescreen}: the patients who meet a cohort definition's criteria on one day (a
 * trial pre-screening list, the "patients who meet the criteria now" of issue 15), each with the
 * rows that qualified them. On the day D (the warehouse's last encounter day unless given), with
 * only rows dated on or before D: the patient's earliest entry event up to D; alive on D; observed
 * the definition's days before entry (the days after entry are not yet known and not asked); not
 * exited by D (an exit N days after entry, or an exit event, before D ends it; the end of
 * observation does not, as the patient is alive); and every inclusion rule met <em>on D</em>, as an
 * eligibility screen judges it: an age rule by the age on D, an event rule by its window counted
 * from D (and ending on D at the latest). Unlike {@link CohortBuildApp} nothing is written. Rows
 * are read through the consent views, so a patient who denies secondary use is on no list.
 */
public final class PrescreenApp implements App<PrescreenOptions, PrescreenResult> {
  /** Rows listed per patient and rule, latest first; the count says how many there were. */
  public static final int ROWS_SHOWN = 5;

  @Override
  public String name() {
    return "cohort-prescreen";
  }

  @Override
  public PrescreenResult run(AnalysisContext context, PrescreenOptions options) {
    Connection c = context.connection();
    LocalDate asOf =
        DataEnd.givenOrLastEncounterDay(
            c,
            options.asOf(),
            "The warehouse has no dated encounter to screen up to: give --as-of DATE.");
    CohortDefinition d = options.definition();
    String entry = PrescreenSql.entry(d, asOf);
    try {
      List<CohortBuildResult.Step> attrition = new ArrayList<>();
      attrition.add(
          new CohortBuildResult.Step("entry event on or before " + asOf, count(c, entry, "TRUE")));
      String where = "TRUE";
      for (CohortSql.Step s : PrescreenSql.steps(d, asOf)) {
        where = where + " AND " + s.sql();
        attrition.add(new CohortBuildResult.Step(s.name(), count(c, entry, where)));
      }
      String listed =
          "(SELECT e.source, e.patient_id, e.entry_date FROM " + entry + " WHERE " + where + ") l";
      List<Listed> patients = listed(c, asOf, entry, where);
      Map<String, List<PrescreenResult.Row>> entries =
          rows(c, d.entry(), listed, d.entry().dateSql("x") + " = l.entry_date");
      Map<String, List<PrescreenResult.Evidence>> evidence = evidence(c, d, asOf, listed, patients);
      List<PrescreenResult.Candidate> out = new ArrayList<>();
      for (Listed p : patients) {
        out.add(
            new PrescreenResult.Candidate(
                p.source(),
                p.patientId(),
                p.entryDate(),
                p.age(),
                entries.get(p.key()).get(0),
                evidence.get(p.key())));
      }
      return new PrescreenResult(
          d.name(), asOf, attrition, out, context.provenance(name(), options, null));
    } catch (SQLException e) {
      throw new WarehouseException(
          "could not pre-screen for " + d.name() + ": " + e.getMessage(), e);
    }
  }

  /** A patient on the list, before the evidence is read. */
  private record Listed(String source, String patientId, LocalDate entryDate, Integer age) {
    String key() {
      return PrescreenResult.key(source, patientId);
    }
  }

  private static List<Listed> listed(Connection c, LocalDate asOf, String entry, String where)
      throws SQLException {
    List<Listed> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT e.source, e.patient_id, e.entry_date, e.birth_date FROM "
                    + entry
                    + " WHERE "
                    + where
                    + " ORDER BY e.source, e.patient_id")) {
      while (rs.next()) {
        LocalDate birth = rs.getObject(4, LocalDate.class);
        out.add(
            new Listed(
                rs.getString(1),
                rs.getString(2),
                rs.getObject(3, LocalDate.class),
                birth == null ? null : Age.years(birth, asOf)));
      }
    }
    return out;
  }

  /** Each inclusion rule's evidence for every listed patient, in the rules' order. */
  private static Map<String, List<PrescreenResult.Evidence>> evidence(
      Connection c, CohortDefinition d, LocalDate asOf, String listed, List<Listed> patients)
      throws SQLException {
    Map<String, List<PrescreenResult.Evidence>> out = new LinkedHashMap<>();
    patients.forEach(p -> out.put(p.key(), new ArrayList<>()));
    for (InclusionRule r : d.inclusion()) {
      Map<String, List<PrescreenResult.Row>> found =
          r.event() == null || r.excludes()
              ? Map.of()
              : rows(c, r.event(), listed, PrescreenSql.window(r, "x", PrescreenSql.day(asOf)));
      for (Listed p : patients) {
        List<PrescreenResult.Row> rows = found.getOrDefault(p.key(), List.of());
        out.get(p.key())
            .add(
                new PrescreenResult.Evidence(
                    r.name(),
                    r.event() == null ? "age" : r.excludes() ? "absent" : "present",
                    rows.size(),
                    List.copyOf(rows.subList(0, Math.min(ROWS_SHOWN, rows.size())))));
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }

  /**
   * The rows {@code x} of {@code event}'s table that are such events and meet {@code condition}
   * (over {@code x} and the listed patient {@code l}), by patient, latest first.
   */
  private static Map<String, List<PrescreenResult.Row>> rows(
      Connection c, EventCriterion event, String listed, String condition) throws SQLException {
    String alias = "x";
    String x = alias + ".";
    String sql =
        "SELECT "
            + x
            + "source, "
            + x
            + "patient_id, "
            + x
            + "id, "
            + event.dateSql(alias)
            + " AS day, "
            + x
            + "code, "
            + x
            + "code_display FROM "
            + event.domain().table()
            + " "
            + alias
            + " JOIN "
            + listed
            + " ON l.source = "
            + x
            + "source AND l.patient_id = "
            + x
            + "patient_id WHERE "
            + event.sql(alias)
            + " AND "
            + condition
            + " ORDER BY 1, 2, day DESC, 3";
    Map<String, List<PrescreenResult.Row>> out = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.computeIfAbsent(
                PrescreenResult.key(rs.getString(1), rs.getString(2)), k -> new ArrayList<>())
            .add(
                new PrescreenResult.Row(
                    event.domain().table(),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5),
                    rs.getString(6)));
      }
    }
    return out;
  }

  private static long count(Connection c, String entry, String where) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + entry + " WHERE " + where)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
