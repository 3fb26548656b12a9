package org.medmine.apps.synthesis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Draws synthetic patients from a {@link SynthesisModel}: demographics down the chain of
 * conditionals, then the Markov chain of codes with its timing up to the end of the data, one
 * encounter per day with a first occurrence, further encounters to the year's sampled count, and
 * lab values at each encounter at its kind's rates. Ages are capped at 89 (Safe Harbor's ages over
 * 89); every synthetic patient is alive at the end of the data.
 *
 * @param model the fitted model
 * @param endOfData the last day of the timelines
 */
record PatientSampler(SynthesisModel model, LocalDate endOfData) {
  /** A synthetic patient: the record and the birth date it was drawn with. */
  record Drawn(PatientRecord record, LocalDate birthDate) {}

  /** {@code n} patients with ids {@code prefix} and a number, drawn with {@code random}. */
  List<Drawn> sample(int n, String prefix, Random random) {
    Map<String, Double> byKind = model.visitsByKind();
    List<Drawn> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(one(String.format(java.util.Locale.ROOT, "%s%06d", prefix, i), byKind, random));
    }
    return out;
  }

  private Drawn one(String id, Map<String, Double> byKind, Random random) {
    String sex = model.sex.sample(SynthesisModel.ALL, random);
    String race = model.race.sample(sex, random);
    String ethnicity = model.ethnicity.sample(race, random);
    String decade = model.birthDecade.sample(SynthesisModel.ALL, random);
    int year =
        decade == null ? endOfData.getYear() - 40 : Integer.parseInt(decade) + random.nextInt(10);
    year = Math.max(endOfData.getYear() - 89, Math.min(endOfData.getYear(), year));
    LocalDate birth = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
    birth = birth.isAfter(endOfData) ? endOfData : birth;
    String st = model.state.sample(SynthesisModel.ALL, random);
    String org = st == null ? null : model.organization.sample(st, random);
    int maxAge = (int) ChronoUnit.DAYS.between(birth, endOfData);
    List<PatientRecord.Event> events = events(sex, maxAge, random);
    List<PatientRecord.Visit> visits = new ArrayList<>();
    List<PatientRecord.Event> placed = new ArrayList<>();
    Map<Integer, String> eventDays = new TreeMap<>();
    for (PatientRecord.Event e : events) {
      String kind = eventDays.get(e.ageDays());
      if (kind == null) {
        kind = model.visitOfCode.sample(e.code(), random);
        kind = kind != null ? kind : model.visitKind.sample(AgeBands.of(e.ageDays()), random);
        if (kind == null) {
          continue;
        }
        eventDays.put(e.ageDays(), kind);
        visits.add(visit(kind, e.ageDays(), sex, byKind, random));
      }
      placed.add(new PatientRecord.Event(e.code(), e.ageDays(), kind));
    }
    background(visits, eventDays, maxAge, sex, byKind, random);
    visits.sort(Comparator.comparingInt(PatientRecord.Visit::ageDays));
    PatientRecord r =
        new PatientRecord(id, sex, race, ethnicity, year, st, org, placed, List.copyOf(visits));
    return new Drawn(r, birth);
  }

  private List<PatientRecord.Event> events(String sex, int maxAge, Random random) {
    List<PatientRecord.Event> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String code = model.first.sample(sex, random);
    double age = draw(model.firstAge, code, random);
    for (int step = 0;
        step < 4 * SynthesisModel.MAX_EVENTS && out.size() < SynthesisModel.MAX_EVENTS;
        step++) {
      if (code == null || code.equals(SynthesisModel.END) || age > maxAge) {
        break;
      }
      if (seen.add(code)) {
        out.add(new PatientRecord.Event(code, (int) Math.max(0, age), null));
      }
      code = model.nextCode(code, random);
      age += Math.max(0, draw(model.gap, code, random));
    }
    return out;
  }

  /** Encounters beyond those of first occurrences, to each year's sampled count. */
  private void background(
      List<PatientRecord.Visit> visits,
      Map<Integer, String> eventDays,
      int maxAge,
      String sex,
      Map<String, Double> byKind,
      Random random) {
    int[] perYear = new int[maxAge / 365 + 1];
    eventDays.keySet().forEach(d -> perYear[d / 365]++);
    for (int y = 0; y < perYear.length; y++) {
      String band = AgeBands.of(y * 365);
      String count = model.visitsPerYear.sample(band, random);
      int more = (count == null ? 0 : Integer.parseInt(count)) - perYear[y];
      for (int k = 0; k < more; k++) {
        int day = Math.min(maxAge, y * 365 + random.nextInt(365));
        String kind = model.visitKind.sample(AgeBands.of(day), random);
        if (kind != null) {
          visits.add(visit(kind, day, sex, byKind, random));
        }
      }
    }
  }

  private PatientRecord.Visit visit(
      String kind, int ageDays, String sex, Map<String, Double> byKind, Random random) {
    EmpiricalQuantiles length = model.minutes.get(kind);
    long minutes = length == null ? 15 : Math.max(0, Math.round(length.sample(random)));
    List<PatientRecord.Lab> labs = new ArrayList<>();
    double total = byKind.getOrDefault(kind, 0.0);
    String band = AgeBands.of(ageDays);
    for (Map.Entry<String, Double> rate : model.labRate.row(kind).entrySet()) {
      double r = total > 0 ? rate.getValue() / total : 0;
      int times = (int) Math.min(3, Math.floor(r) + (random.nextDouble() < r % 1 ? 1 : 0));
      String code = rate.getKey();
      EmpiricalQuantiles q = model.labValue.get(SynthesisModel.labKey(code, sex, band));
      q = q != null ? q : model.labValue.get(SynthesisModel.labKey(code, null, null));
      for (int t = 0; t < times && q != null; t++) {
        labs.add(new PatientRecord.Lab(code, q.sample(random)));
      }
    }
    return new PatientRecord.Visit(kind, ageDays, minutes, labs);
  }

  private static double draw(Map<String, EmpiricalQuantiles> q, String code, Random random) {
    EmpiricalQuantiles d = code == null ? null : q.get(code);
    d = d != null ? d : q.get(SynthesisModel.ALL);
    return d == null ? 0 : d.sample(random);
  }
}
