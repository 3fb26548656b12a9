package org.medmine.apps.prediction;

import static org.medmine.apps.prediction.StudyCohortIT.Rows.days;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.medmine.apps.prediction.StudyCohortIT.Rows;
import org.medmine.apps.prediction.StudyCohortIT.Rows.Enc;
import org.medmine.cohort.Age;

/**
 * The cohort rules of {@link CohortBuilder}, written again in plain Java over the raw rows (the
 * test's oracle).
 */
final class CohortOracle {
  private CohortOracle() {}

  static Map<String, Integer> counts(StudyDefinition study, Rows rows) {
    var t = study.target();
    var o = study.outcome();
    int from = study.timeAtRisk().startDays();
    int to = study.timeAtRisk().endDays();
    LocalDateTime dataEnd =
        rows.encounters().stream()
            .map(e -> e.end() != null ? e.end() : e.start())
            .max(Comparator.naturalOrder())
            .orElseThrow();
    Map<String, LocalDateTime> firstSeen = new HashMap<>();
    for (Enc e : rows.encounters()) {
      firstSeen.merge(e.patient(), e.start(), (a, b) -> a.isBefore(b) ? a : b);
    }
    Map<String, List<Enc>> byPatient =
        rows.encounters().stream().collect(Collectors.groupingBy(Enc::patient));
    Map<String, List<Rows.Cond>> condByPatient =
        rows.conditions().stream().collect(Collectors.groupingBy(Rows.Cond::patient));
    Map<String, Integer> n = new TreeMap<>();
    Set<String> plannedCodes =
        study.plannedAdmissions() == null
            ? Set.of()
            : Set.copyOf(study.plannedAdmissions().allEncounterCodes());
    Set<String> plannedReasons =
        study.plannedAdmissions() == null
            ? Set.of()
            : Set.copyOf(study.plannedAdmissions().allReasonCodes());
    Predicate<Enc> planned =
        x ->
            plannedCodes.contains(String.valueOf(x.code()))
                || plannedReasons.contains(String.valueOf(x.reason()));
    for (String k :
        List.of(
            "candidates",
            "excluded age",
            "excluded planned admission",
            "excluded prior observation",
            "excluded died during stay",
            "excluded prior outcome",
            "censored",
            "censored by death",
            "kept",
            "outcomes")) {
      n.put(k, 0);
    }
    for (Enc e : rows.encounters()) {
      LocalDateTime index = "end".equals(t.indexAt()) ? e.end() : e.start();
      Rows.Pat p = rows.patients().get(e.patient());
      if (p == null
          || index == null
          || !t.encounterClasses().contains(e.classCode())
          || (!t.encounterCodes().isEmpty() && !t.encounterCodes().contains(e.code()))) {
        continue;
      }
      n.merge("candidates", 1, Integer::sum);
      Integer age = p.birth() == null ? null : Age.years(p.birth(), index.toLocalDate());
      List<Enc> others =
          byPatient.get(e.patient()).stream()
              .filter(
                  x ->
                      !x.id().equals(e.id())
                          && o.encounterClasses().contains(x.classCode())
                          && !(o.excludePlanned() && planned.test(x)))
              .toList();
      List<Rows.Cond> conds =
          condByPatient.getOrDefault(e.patient(), List.of()).stream()
              .filter(c -> c.onset() != null && o.conditionCodes().contains(c.code()))
              .toList();
      boolean encounterOutcome = "encounter".equals(o.kind());
      boolean prior =
          encounterOutcome
              ? others.stream().anyMatch(x -> x.start().isBefore(e.start()))
              : conds.stream().anyMatch(c -> days(index, c.onset()) < from);
      boolean outcome =
          encounterOutcome
              ? others.stream()
                  .anyMatch(x -> days(index, x.start()) >= from && days(index, x.start()) <= to)
              : conds.stream()
                  .anyMatch(c -> days(index, c.onset()) >= from && days(index, c.onset()) <= to);
      String status;
      if (age == null || age < t.minAgeYears()) {
        status = "excluded age";
      } else if (t.excludePlanned() && planned.test(e)) {
        status = "excluded planned admission";
      } else if (days(firstSeen.get(e.patient()), e.start()) < t.minPriorObservationDays()) {
        status = "excluded prior observation";
      } else if (t.excludeDiedDuringStay()
          && p.death() != null
          && !p.death().toLocalDate().isAfter((e.end() != null ? e.end() : index).toLocalDate())) {
        status = "excluded died during stay";
      } else if (t.excludePriorOutcome() && prior) {
        status = "excluded prior outcome";
      } else {
        LocalDateTime leaves =
            p.death() != null && p.death().isBefore(dataEnd) ? p.death() : dataEnd;
        if (!outcome && days(index, leaves) < to) {
          status = "censored";
          if (p.death() != null && days(index, p.death()) <= to) {
            n.merge("censored by death", 1, Integer::sum);
          }
        } else {
          status = "kept";
          n.merge("outcomes", outcome ? 1 : 0, Integer::sum);
        }
      }
      n.merge(status, 1, Integer::sum);
    }
    return n;
  }
}
