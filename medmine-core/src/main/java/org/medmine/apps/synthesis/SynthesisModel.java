package org.medmine.apps.synthesis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The fitted patient-level generative model: demographics as a chain of conditionals (sex; race
 * given sex; ethnicity given race; birth decade; state; organization given state, a small Bayesian
 * network in the sense of Zhang et al.'s PrivBayes, SIGMOD 2014), the condition, drug and procedure
 * codes as a first-order Markov chain over each patient's first occurrences (the first code given
 * sex, each next code given the one before, with an end state) with the age at the first and the
 * gap to each next as empirical quantiles per code, the encounters as a count per year of age and a
 * kind per age band (and the kind each code first appears in), and lab values as quantiles per
 * code, sex and age band with a rate per encounter kind. Every count table is protected ({@link
 * ConditionalCounts#protect}); quantile tables need the minimum count of values.
 */
final class SynthesisModel {
  /** The most first occurrences one patient contributes to the sequence tables. */
  static final int MAX_EVENTS = 64;

  /** The most encounters one patient contributes to the encounter-kind table. */
  static final int MAX_VISITS = 256;

  /** The most lab values one patient contributes to the lab-rate table. */
  static final int MAX_LABS = 1024;

  /** The most encounters counted in one year of age. */
  static final int MAX_VISITS_PER_YEAR = 30;

  static final String END = "END";
  static final String ALL = "";

  final ConditionalCounts sex = new ConditionalCounts("sex", 1);
  final ConditionalCounts race = new ConditionalCounts("race | sex", 1);
  final ConditionalCounts ethnicity = new ConditionalCounts("ethnicity | race", 1);
  final ConditionalCounts birthDecade = new ConditionalCounts("birth decade", 1);
  final ConditionalCounts state = new ConditionalCounts("state", 1);
  final ConditionalCounts organization = new ConditionalCounts("organization | state", 1);
  final ConditionalCounts first = new ConditionalCounts("first code | sex", 1);
  final ConditionalCounts next = new ConditionalCounts("next code | code", MAX_EVENTS);
  final ConditionalCounts anyNext = new ConditionalCounts("next code, any code before", MAX_EVENTS);
  final ConditionalCounts followed = new ConditionalCounts("codes followed", MAX_EVENTS);
  final ConditionalCounts visitOfCode = new ConditionalCounts("encounter kind | code", MAX_EVENTS);
  final ConditionalCounts visitsPerYear =
      new ConditionalCounts("encounters per year | age band", 125);
  final ConditionalCounts visitKind =
      new ConditionalCounts("encounter kind | age band", MAX_VISITS);
  final ConditionalCounts labRate = new ConditionalCounts("lab code | encounter kind", MAX_LABS);

  final Map<String, EmpiricalQuantiles> firstAge = new TreeMap<>();
  final Map<String, EmpiricalQuantiles> gap = new TreeMap<>();
  final Map<String, EmpiricalQuantiles> minutes = new TreeMap<>();
  final Map<String, EmpiricalQuantiles> labValue = new TreeMap<>();

  /** The count tables, in the order the privacy budget reports them. */
  List<ConditionalCounts> tables() {
    return List.of(
        sex,
        race,
        ethnicity,
        birthDecade,
        state,
        organization,
        first,
        next,
        visitOfCode,
        visitsPerYear,
        visitKind,
        labRate);
  }

  /**
   * Fits the model on {@code train}; counts below {@code minCount} are suppressed and, when {@code
   * epsilon} is positive, every count table gets Laplace noise for an equal share of it (sequential
   * composition: the shares add up to {@code epsilon}).
   */
  static SynthesisModel fit(
      List<PatientRecord> train, int endYear, int minCount, double epsilon, Random random) {
    SynthesisModel m = new SynthesisModel();
    Map<String, List<Double>> firstAges = new TreeMap<>();
    Map<String, List<Double>> gaps = new TreeMap<>();
    Map<String, List<Double>> lengths = new TreeMap<>();
    Map<String, List<Double>> values = new TreeMap<>();
    for (PatientRecord p : train) {
      m.addDemographics(p);
      m.addSequence(p, firstAges, gaps);
      m.addVisits(p, endYear, lengths, values);
    }
    double share = epsilon > 0 ? epsilon / m.tables().size() : 0;
    for (ConditionalCounts t : m.tables()) {
      t.protect(minCount, share, random);
    }
    quantiles(firstAges, minCount, m.firstAge);
    quantiles(gaps, minCount, m.gap);
    quantiles(lengths, minCount, m.minutes);
    quantiles(values, minCount, m.labValue);
    return m;
  }

  private void addDemographics(PatientRecord p) {
    sex.add(ALL, p.sex());
    race.add(p.sex(), p.race());
    ethnicity.add(p.race(), p.ethnicity());
    birthDecade.add(ALL, Integer.toString(p.birthYear() / 10 * 10));
    state.add(ALL, p.state());
    if (p.organization() != null) {
      organization.add(p.state(), p.organization());
    }
  }

  private void addSequence(
      PatientRecord p, Map<String, List<Double>> firstAges, Map<String, List<Double>> gaps) {
    List<PatientRecord.Event> events = p.events();
    int n = Math.min(MAX_EVENTS - 1, events.size());
    first.add(p.sex(), n == 0 ? END : events.get(0).code());
    List<String[]> steps = new ArrayList<>();
    List<String[]> anySteps = new ArrayList<>();
    List<String[]> from = new ArrayList<>();
    List<String[]> kinds = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      PatientRecord.Event e = events.get(i);
      String after = i + 1 < n ? events.get(i + 1).code() : END;
      steps.add(new String[] {e.code(), after});
      anySteps.add(new String[] {ALL, after});
      from.add(new String[] {ALL, e.code()});
      if (e.visitKind() != null) {
        kinds.add(new String[] {e.code(), e.visitKind()});
      }
      if (i == 0) {
        firstAges.computeIfAbsent(e.code(), k -> new ArrayList<>()).add((double) e.ageDays());
        firstAges.computeIfAbsent(ALL, k -> new ArrayList<>()).add((double) e.ageDays());
      } else {
        double d = e.ageDays() - events.get(i - 1).ageDays();
        gaps.computeIfAbsent(e.code(), k -> new ArrayList<>()).add(d);
        gaps.computeIfAbsent(ALL, k -> new ArrayList<>()).add(d);
      }
    }
    next.addPatient(steps);
    anyNext.addPatient(anySteps);
    followed.addPatient(from);
    visitOfCode.addPatient(kinds);
  }

  private void addVisits(
      PatientRecord p,
      int endYear,
      Map<String, List<Double>> lengths,
      Map<String, List<Double>> values) {
    Map<Integer, Integer> perYear = new LinkedHashMap<>();
    int years = Math.max(0, endYear - p.birthYear());
    for (int y = 0; y < years; y++) {
      perYear.put(y, 0);
    }
    List<String[]> kinds = new ArrayList<>();
    List<String[]> labs = new ArrayList<>();
    for (PatientRecord.Visit v : p.visits()) {
      String band = AgeBands.of(v.ageDays());
      perYear.merge(v.ageDays() / 365, 1, Integer::sum);
      kinds.add(new String[] {band, v.kind()});
      lengths.computeIfAbsent(v.kind(), k -> new ArrayList<>()).add((double) v.minutes());
      for (PatientRecord.Lab l : v.labs()) {
        labs.add(new String[] {v.kind(), l.code()});
        values
            .computeIfAbsent(labKey(l.code(), p.sex(), band), k -> new ArrayList<>())
            .add(l.value());
        values.computeIfAbsent(labKey(l.code(), null, null), k -> new ArrayList<>()).add(l.value());
      }
    }
    List<String[]> counts = new ArrayList<>();
    perYear.forEach(
        (y, n) ->
            counts.add(
                new String[] {
                  AgeBands.of(y * 365), Integer.toString(Math.min(MAX_VISITS_PER_YEAR, n))
                }));
    visitsPerYear.addPatient(counts);
    visitKind.addPatient(kinds);
    labRate.addPatient(labs);
  }

  /**
   * The code after {@code code}: from the transitions out of it that survived suppression, with the
   * probability of their share of all its transitions, else from the transitions out of any code (a
   * back-off, as in Katz 1987's n-gram models, for the rare transitions suppression removed).
   */
  String nextCode(String code, java.util.Random random) {
    double kept = next.row(code).values().stream().mapToDouble(Double::doubleValue).sum();
    double all = followed.row(ALL).getOrDefault(code, 0.0);
    double specific = all > 0 ? Math.min(1, kept / all) : 0;
    return random.nextDouble() < specific ? next.sample(code, random) : anyNext.sample(ALL, random);
  }

  /** The key of a lab value table: the code, or the code given sex and age band. */
  static String labKey(String code, String sex, String band) {
    return sex == null ? code : code + "#" + sex + "#" + band;
  }

  /** The number of encounters of each kind counted (the lab rates' denominators). */
  Map<String, Double> visitsByKind() {
    Map<String, Double> out = new HashMap<>();
    for (String band : visitKind.conditions()) {
      visitKind.row(band).forEach((k, n) -> out.merge(k, n, Double::sum));
    }
    return out;
  }

  private static void quantiles(
      Map<String, List<Double>> values, int minCount, Map<String, EmpiricalQuantiles> out) {
    values.forEach(
        (k, v) -> {
          EmpiricalQuantiles q =
              EmpiricalQuantiles.of(
                  v.stream().mapToDouble(Double::doubleValue).toArray(), minCount);
          if (q != null) {
            out.put(k, q);
          }
        });
  }
}
