package org.medmine.quality.linkage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.WarehouseException;

/**
 * The master patient index of a warehouse: a persistent enterprise person id for every patient
 * record ({@code patient_link}), a golden record per person ({@code mpi_person}), and the
 * reviewers' merges and unmerges ({@code link_decision}), kept up to date by {@link PatientLinker}.
 * {@link #link} links the records that have arrived since the last run (or all, with {@code full});
 * {@link #decide} records a reviewer's decision and applies it at once. Callers audit these
 * operations (the CLI writes one audit entry per command); the decision rows say who decided what
 * and when.
 */
public final class MasterPatientIndex {
  private MasterPatientIndex() {}

  /** The warehouse's patient records, normalized for comparison. */
  public static List<PatientRecord> records(Connection c) {
    try {
      return MpiTables.patients(c).stream().map(PatientRecord::of).toList();
    } catch (SQLException e) {
      throw new WarehouseException("could not read the patients", e);
    }
  }

  /**
   * Links the warehouse's patients into the index: incrementally, or every record when {@code
   * full}.
   */
  public static PatientLinker.Result link(
      Connection c, PatientLinker.Options options, boolean full) {
    try {
      List<RawPatient> raw = MpiTables.patients(c);
      List<PatientRecord> records = raw.stream().map(PatientRecord::of).toList();
      PatientLinker.Result r = PatientLinker.update(records, MpiTables.prior(c), options, full);
      new MpiWriter(c, runName(r.full() ? "full" : "incremental")).write(r, raw);
      return r;
    } catch (SQLException e) {
      throw new WarehouseException("record linkage failed", e);
    }
  }

  /**
   * Records a reviewer's decision that records {@code keyA} and {@code keyB} ({@code source/id})
   * are the same person ({@link LinkDecision.Kind#MATCH}) or not, and clusters their persons again
   * under it.
   */
  public static PatientLinker.Result decide(
      Connection c,
      String keyA,
      String keyB,
      LinkDecision.Kind kind,
      String actor,
      String note,
      PatientLinker.Options options) {
    try {
      List<RawPatient> raw = MpiTables.patients(c);
      List<PatientRecord> records = raw.stream().map(PatientRecord::of).toList();
      for (String key : List.of(keyA, keyB)) {
        if (records.stream().noneMatch(r -> r.key().equals(key))) {
          throw new MedmineUserException(
              "No patient record "
                  + key
                  + " in the warehouse: give records as SOURCE/ID, as 'medmine link' lists them.");
        }
      }
      if (keyA.equals(keyB)) {
        throw new MedmineUserException(
            "A decision needs two different records, not " + keyA + " twice.");
      }
      PatientLinker.PriorIndex before = MpiTables.prior(c);
      if (before.model() == null) {
        throw new MedmineUserException(
            "The warehouse has no patient index yet: run 'medmine link' first.");
      }
      LinkDecision d =
          new LinkDecision(
              keyA,
              keyB,
              kind,
              actor,
              note,
              LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
      MpiTables.addDecision(c, d);
      PatientLinker.Result r =
          PatientLinker.update(records, MpiTables.prior(c), options, false, Set.of(keyA, keyB));
      new MpiWriter(c, runName(kind.sqlName())).write(r, raw);
      return r;
    } catch (SQLException e) {
      throw new WarehouseException("could not record the link decision", e);
    }
  }

  private static String runName(String kind) {
    return "link-"
        + kind
        + "-"
        + LocalDateTime.now(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.SECONDS)
            .toString()
            .toLowerCase(Locale.ROOT);
  }
}
