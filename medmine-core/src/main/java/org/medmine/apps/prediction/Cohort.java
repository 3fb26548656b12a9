package org.medmine.apps.prediction;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A target cohort with its labels and the attrition that led to it.
 *
 * @param events the index events kept for modelling (outcome known), in a stable order
 * @param candidates index events before any criterion
 * @param excluded index events dropped per inclusion criterion (first failing criterion), in order
 * @param censored index events without the outcome whose patient left observation (death or end of
 *     data) before the end of the time at risk: their label is unknown, so they are not counted as
 *     negatives
 * @param censoredByDeath of the censored, those whose patient died
 * @param dataEnd the end of the data (the latest encounter time in the warehouse)
 */
public record Cohort(
    List<IndexEvent> events,
    int candidates,
    Map<String, Integer> excluded,
    int censored,
    int censoredByDeath,
    LocalDateTime dataEnd) {

  public Cohort {
    events = List.copyOf(events);
    excluded = Collections.unmodifiableMap(new LinkedHashMap<>(excluded));
  }

  public long outcomes() {
    return events.stream().filter(IndexEvent::outcome).count();
  }

  public long patients() {
    return events.stream().map(IndexEvent::patientKey).distinct().count();
  }
}
