package org.medmine.apps.link;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.context.RunProvenance;
import org.medmine.quality.linkage.PairComparator;
import org.medmine.quality.linkage.PatientLinker;
import org.medmine.quality.linkage.PatientMatcher;
import org.medmine.quality.linkage.PatientRecord;
import org.medmine.quality.linkage.ScoredPair;
import org.medmine.quality.linkage.StrongDisagreement;

/** The stable JSON records of the linkage apps (snake_case field names, for scripts). */
public final class LinkJson {
  private LinkJson() {}

  /**
   * A document with the run's provenance added as {@code run}, after the document's own fields in
   * their order.
   */
  record WithRun(@JsonUnwrapped Object document, RunProvenance run) {}

  /** The parameters of one field: m and u per agreement level. */
  public record Parameters(double[] m, double[] u) {}

  /**
   * One scored pair: the two records, probability, weight, agreement levels, the rules that forbid
   * it.
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Pair(
      String a,
      String b,
      double probability,
      double weight,
      String agreement,
      List<String> forbiddenBy) {
    static Pair of(ScoredPair p) {
      return new Pair(
          p.a().key(),
          p.b().key(),
          p.probability(),
          p.weight(),
          PairComparator.describe(p.levels()),
          rules(p));
    }
  }

  /** A run of the index. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Run(
      int records,
      int newRecords,
      boolean full,
      int reclustered,
      long candidatePairs,
      double matchThreshold,
      double reviewThreshold,
      long seed,
      int persons,
      double prevalence,
      int emIterations,
      Map<String, Parameters> parameters,
      List<Pair> linked,
      List<Pair> review,
      double seconds) {
    static Run of(PatientLinker.Result r) {
      Map<String, Parameters> params = new LinkedHashMap<>();
      for (int f = 0; f < PairComparator.FIELDS.size(); f++) {
        params.put(
            PairComparator.FIELDS.get(f).name(),
            new Parameters(r.model().m()[f], r.model().u()[f]));
      }
      return new Run(
          r.records(),
          r.newRecords(),
          r.full(),
          r.region().size(),
          r.candidatePairs(),
          r.options().matchThreshold(),
          r.options().reviewThreshold(),
          r.options().seed(),
          r.clusters(),
          r.model().prevalence(),
          r.model().iterations(),
          params,
          r.matches().stream().map(Pair::of).toList(),
          r.review().stream().map(Pair::of).toList(),
          r.seconds());
    }
  }

  /** The evidence of one field for a candidate. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Evidence(
      String field, String probe, String candidate, String agreement, double weight) {}

  /** One candidate of a lookup. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Candidate(
      String record,
      String personId,
      double probability,
      String grade,
      double weight,
      List<Evidence> evidence,
      List<String> forbiddenBy) {}

  /** A lookup of one patient. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Match(String probe, int compared, List<Candidate> candidates) {
    static Match of(PatientMatcher.Match m) {
      List<Candidate> out = new ArrayList<>();
      for (PatientMatcher.Candidate c : m.candidates()) {
        List<Evidence> evidence = new ArrayList<>();
        for (ScoredPair.FieldEvidence e : c.pair().evidence()) {
          evidence.add(
              new Evidence(
                  e.field(),
                  value(c.pair().a(), e.field()),
                  value(c.pair().b(), e.field()),
                  agreement(e),
                  e.weight()));
        }
        out.add(
            new Candidate(
                c.record(),
                c.personId(),
                c.pair().probability(),
                c.grade(),
                c.pair().weight(),
                evidence,
                rules(c.pair())));
      }
      return new Match(m.probe().id(), m.compared(), out);
    }
  }

  static List<String> rules(ScoredPair p) {
    return p.disagreements().stream().map(StrongDisagreement::description).toList();
  }

  private static String agreement(ScoredPair.FieldEvidence e) {
    if (e.level() == PairComparator.MISSING) {
      return "missing";
    }
    return e.level() == e.levels() - 1 ? "agree" : e.level() == 0 ? "disagree" : "partial";
  }

  /** A field's value as a lookup shows it; only the last four digits of an SSN. */
  private static String value(PatientRecord r, String field) {
    Object v =
        switch (field) {
          case "given" -> r.given();
          case "family" -> r.family();
          case "birth_date" -> r.birthDate();
          case "sex" -> r.sex();
          case "address" ->
              r.address() == null ? r.postalCode() : r.address() + " " + r.postalCode();
          case "ssn" ->
              r.ssn() == null
                  ? null
                  : "***-**-" + r.ssn().substring(Math.max(0, r.ssn().length() - 4));
          case "phone" -> r.phone();
          default -> null;
        };
    return v == null ? null : v.toString();
  }
}
