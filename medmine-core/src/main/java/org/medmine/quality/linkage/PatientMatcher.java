package org.medmine.quality.linkage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.Row;
import org.medmine.warehouse.WarehouseException;

/**
 * Finds the records of the index that may be one given patient, in the manner of FHIR's {@code
 * Patient/$match} operation (FHIR R4, section 8.1.15.12): the probe is blocked and scored against
 * the warehouse's records with the stored model, and each candidate comes back with its person id,
 * its match probability, a match grade (certain, probable, possible, certainly-not, as the FHIR
 * {@code match-grade} extension names them) and the evidence of every field. Nothing is stored.
 */
public final class PatientMatcher {
  /**
   * Candidates below this probability are not returned unless a rule forbids them (then they
   * explain).
   */
  static final double MIN_PROBABILITY = 0.01;

  /** One candidate: the record, its person, the scored pair (probe first), the grade. */
  public record Candidate(String record, String personId, ScoredPair pair, String grade) {}

  /**
   * The outcome: the probe as normalized, how many records were compared, the candidates best
   * first.
   */
  public record Match(PatientRecord probe, int compared, List<Candidate> candidates) {}

  private PatientMatcher() {}

  /** Normalizes a patient row (as {@code FhirPatients} reads it) for matching. */
  public static PatientRecord probe(Row row) {
    Object birth = row.get("birth_date");
    Object order = row.get("birth_order");
    return PatientRecord.of(
        new RawPatient(
            "probe",
            String.valueOf(row.get("id")),
            text(row, "given_name"),
            text(row, "family_name"),
            text(row, "suffix"),
            birth instanceof LocalDate d ? d : null,
            text(row, "sex"),
            text(row, "ssn"),
            text(row, "address_line"),
            text(row, "city"),
            text(row, "postal_code"),
            text(row, "phone"),
            (Boolean) row.get("multiple_birth"),
            order == null ? null : ((Number) order).intValue()));
  }

  /** Matches {@code probe} against the index of the warehouse; at most {@code limit} candidates. */
  public static Match match(
      Connection c, PatientRecord probe, PatientLinker.Options options, int limit) {
    try {
      PatientLinker.PriorIndex index = MpiTables.prior(c);
      if (index.model() == null) {
        throw new MedmineUserException(
            "The warehouse has no patient index yet: run 'medmine link' first.");
      }
      List<PatientRecord> records = MpiTables.patients(c).stream().map(PatientRecord::of).toList();
      PairScorer scorer = new PairScorer(index.model(), NameFrequencies.of(records));
      List<Integer> blocked =
          new BlockingIndex(records, options.maxBlockSize()).candidatesOf(probe);
      List<Candidate> out = new ArrayList<>();
      for (int i : blocked) {
        PatientRecord r = records.get(i);
        ScoredPair s = scorer.score(probe, r);
        if (s.probability() >= MIN_PROBABILITY || s.forbidden()) {
          out.add(new Candidate(r.key(), index.personOf().get(r.key()), s, grade(s, options)));
        }
      }
      out.sort(
          Comparator.comparing((Candidate x) -> x.pair().forbidden())
              .thenComparing(x -> -x.pair().probability())
              .thenComparing(Candidate::record));
      return new Match(probe, blocked.size(), out.subList(0, Math.min(limit, out.size())));
    } catch (SQLException e) {
      throw new WarehouseException("patient lookup failed", e);
    }
  }

  static String grade(ScoredPair s, PatientLinker.Options options) {
    if (s.forbidden()) {
      return "certainly-not";
    }
    return s.probability() >= options.matchThreshold()
        ? "certain"
        : s.probability() >= options.reviewThreshold() ? "probable" : "possible";
  }

  private static String text(Row row, String column) {
    Object v = row.get(column);
    return v == null || v.toString().isBlank() ? null : v.toString();
  }
}
